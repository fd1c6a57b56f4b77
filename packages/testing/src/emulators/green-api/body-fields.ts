import { EmulatorJsonError, type EmulatorRequest } from '../shared/index.js';
import { GreenApiHttpError } from './green-api-http-error.js';
import type { JsonObject } from './green-api-types.js';

const fail = (detail: string) => GreenApiHttpError.validation(detail);

/**
 * Reads and validates fields of a JSON request body, throwing Joi-style 400 errors
 * (`Validation failed. Details: 'chatId' is required`).
 */
export class BodyFields {
  readonly values: JsonObject;

  constructor(values: JsonObject) {
    this.values = values;
  }

  /** Parses the request body; malformed JSON gives 400 with the parser message, a non-object body 400 too. */
  static fromRequest(request: EmulatorRequest): BodyFields {
    if (request.body.length === 0) return new BodyFields({});
    let parsed: unknown;
    try {
      parsed = request.json();
    } catch (error) {
      if (error instanceof EmulatorJsonError) throw GreenApiHttpError.badRequest(error.reason);
      throw error;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw fail(`'value' must be of type object`);
    }
    return new BodyFields(parsed as JsonObject);
  }

  /** A non-empty string field. */
  requiredString(name: string, maxLength?: number): string {
    const value = this.values[name];
    if (value === undefined || value === null) throw fail(`'${name}' is required`);
    if (typeof value !== 'string') throw fail(`'${name}' must be a string`);
    if (value === '') throw fail(`'${name}' is not allowed to be empty`);
    return this.#checkLength(name, value, maxLength);
  }

  /** An optional string field. */
  optionalString(name: string, maxLength?: number): string | undefined {
    const value = this.values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw fail(`'${name}' must be a string`);
    return this.#checkLength(name, value, maxLength);
  }

  /** A required number field. */
  requiredNumber(name: string): number {
    const value = this.values[name];
    if (value === undefined || value === null) throw fail(`'${name}' is required`);
    if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(`'${name}' must be a number`);
    return value;
  }

  /** An optional integer within bounds. */
  optionalInteger(name: string, minimum?: number, maximum?: number): number | undefined {
    const value = this.values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value)) throw fail(`'${name}' must be an integer`);
    if (minimum !== undefined && value < minimum) {
      throw fail(`'${name}' must be greater than or equal to ${minimum}`);
    }
    if (maximum !== undefined && value > maximum)
      throw fail(`'${name}' must be less than or equal to ${maximum}`);
    return value;
  }

  /** An optional boolean. */
  optionalBoolean(name: string): boolean | undefined {
    const value = this.values[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') throw fail(`'${name}' must be a boolean`);
    return value;
  }

  /** A required array with a length range. */
  requiredArray(name: string, minimum = 0, maximum?: number): unknown[] {
    const value = this.values[name];
    if (value === undefined || value === null) throw fail(`'${name}' is required`);
    if (!Array.isArray(value)) throw fail(`'${name}' must be an array`);
    if (value.length < minimum) throw fail(`'${name}' must contain at least ${minimum} items`);
    if (maximum !== undefined && value.length > maximum) {
      throw fail(`'${name}' must contain less than or equal to ${maximum} items`);
    }
    return value;
  }

  /** An array of strings. */
  stringArray(name: string, minimum = 0, maximum?: number): string[] {
    const items = this.requiredArray(name, minimum, maximum);
    items.forEach((item, index) => {
      if (typeof item !== 'string') throw fail(`'${name}[${index}]' must be a string`);
    });
    return items as string[];
  }

  /** A required nested object, as its own {@link BodyFields}. */
  requiredObject(name: string): BodyFields {
    const value = this.values[name];
    if (value === undefined || value === null) throw fail(`'${name}' is required`);
    if (typeof value !== 'object' || Array.isArray(value)) throw fail(`'${name}' must be of type object`);
    return new BodyFields(value as JsonObject);
  }

  /** A required positive integer phone number (digits only), as a digit string. */
  phoneNumber(name: string): string {
    const value = this.values[name];
    if (value === undefined || value === null) throw fail(`'${name}' is required`);
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      throw fail(`'${name}' must be a number`);
    }
    return BigInt(value).toString();
  }

  #checkLength(name: string, value: string, maxLength: number | undefined): string {
    if (maxLength !== undefined && value.length > maxLength) {
      throw fail(`'${name}' length must be less than or equal to ${maxLength} characters long`);
    }
    return value;
  }
}
