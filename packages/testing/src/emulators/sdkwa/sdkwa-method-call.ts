import {
  EmulatorJsonError,
  type EmulatorResponse,
  type EmulatorServerRequest,
  isMultipartForm,
  type MultipartForm,
  MultipartFormError,
  parseMultipartForm,
} from '../shared/index.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import { nestErrorResponse, SdkwaHttpError, validationFailure } from './sdkwa-http-error.js';
import type { SdkwaInstance } from './sdkwa-instance.js';
import type { JsonObject, SdkwaNetwork } from './sdkwa-types.js';

/** Answers one instance method. */
export type SdkwaMethodHandler = (call: SdkwaMethodCall) => EmulatorResponse | Promise<EmulatorResponse>;

/** A routed instance method: the verbs it answers, optionally the networks it exists on. */
export interface SdkwaMethodRoute {
  verbs: readonly string[];
  networks?: readonly SdkwaNetwork[];
  /** Whether one extra path segment is allowed (`deleteNotification/{receiptId}`, `downloadFile/{idMessage}`). */
  pathParameter?: boolean;
  handle: SdkwaMethodHandler;
}

/** Instance methods by name (matched case-insensitively by the router). */
export type SdkwaMethodTable = Record<string, SdkwaMethodRoute>;

const whatsappChatId = /^(\d{5,20}@c\.us|[\d-]{5,40}@g\.us)$/;

/**
 * One call of an instance method: the request, the instance, the emulator services, and field readers that throw
 * the documented 400 validation answer.
 */
export class SdkwaMethodCall {
  readonly request: EmulatorServerRequest;
  readonly instance: SdkwaInstance;
  readonly context: SdkwaEmulatorContext;
  /** The method name as written in the documentation (e.g. `sendMessage`). */
  readonly methodName: string;
  /** The extra path segment (`deleteNotification/{receiptId}`, `downloadFile/{idMessage}`). */
  readonly pathParameter: string | undefined;
  #fields: JsonObject | undefined;
  #form: MultipartForm | undefined;

  constructor(
    request: EmulatorServerRequest,
    instance: SdkwaInstance,
    context: SdkwaEmulatorContext,
    methodName: string,
    pathParameter: string | undefined,
  ) {
    this.request = request;
    this.instance = instance;
    this.context = context;
    this.methodName = methodName;
    this.pathParameter = pathParameter;
  }

  /** The `path` of validation error bodies: `/{idInstance}/{method}` (as in the reference sample). */
  get apiPath(): string {
    return `/${this.instance.idInstance}/${this.methodName}`;
  }

  /** The parsed multipart body, when the request is `multipart/form-data`. */
  form(): MultipartForm | undefined {
    const contentType = this.request.headers['content-type'];
    if (this.#form === undefined && isMultipartForm(contentType)) {
      try {
        this.#form = parseMultipartForm(this.request.body, contentType ?? '');
      } catch (error) {
        if (!(error instanceof MultipartFormError)) throw error;
        throw new SdkwaHttpError(nestErrorResponse(400, 'Multipart: Boundary not found'));
      }
    }
    return this.#form;
  }

  /**
   * The body fields: a JSON object (an empty body gives `{}`), or the text fields of a multipart body; query
   * parameters fill in fields the body lacks (for GET-with-query variants).
   */
  fields(): JsonObject {
    if (this.#fields !== undefined) return this.#fields;
    const form = this.form();
    let fields: JsonObject;
    if (form !== undefined) fields = Object.fromEntries(form.fields());
    else if (this.request.body.length === 0 || this.request.text().trim() === '') fields = {};
    else fields = this.#parseJson();
    for (const [name, value] of this.request.query) if (fields[name] === undefined) fields[name] = value;
    this.#fields = fields;
    return fields;
  }

  #parseJson(): JsonObject {
    let value: unknown;
    try {
      value = this.request.json();
    } catch (error) {
      const reason = error instanceof EmulatorJsonError ? error.message : 'Invalid JSON';
      throw new SdkwaHttpError(nestErrorResponse(400, reason));
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw validationFailure(this.apiPath, 'the body must be a JSON object');
    }
    return value as JsonObject;
  }

  /** Throws the 400 validation answer. */
  fail(details: string): never {
    throw validationFailure(this.apiPath, details);
  }

  /** A non-empty string field (numbers are accepted and stringified). */
  requireString(name: string): string {
    const value = this.optionalString(name);
    if (value === undefined || value === '') this.fail(`'${name}' is required`);
    return value;
  }

  /** An optional string field. */
  optionalString(name: string): string | undefined {
    const value = this.fields()[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') this.fail(`'${name}' must be a string`);
    return value;
  }

  /** A finite number field (numeric strings from multipart/query are accepted). */
  requireNumber(name: string): number {
    const value = this.fields()[name];
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) this.fail(`'${name}' must be a number`);
    return number;
  }

  /** A phone number "with country code and only digits" (an integer, or a digit string). */
  phoneNumber(name = 'phoneNumber'): string {
    const value = this.fields()[name];
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof text !== 'string' || !/^\d{7,15}$/.test(text)) {
      this.fail(`Wrong format. '${name}' must contain contain country code and only digits`);
    }
    return text;
  }

  /**
   * The target chat: `chatId` (validated for WhatsApp: `…@c.us` / `…@g.us`), or the legacy `phoneNumber` field
   * (Postman samples) turned into `<digits>@c.us`.
   */
  chatId(name = 'chatId'): string {
    const fields = this.fields();
    if ((fields[name] === undefined || fields[name] === '') && fields.phoneNumber !== undefined) {
      return this.instance.widOf(this.phoneNumber());
    }
    const chatId = this.requireString(name);
    if (this.instance.network === 'whatsapp' && !whatsappChatId.test(chatId)) {
      this.fail(`'${name}' must look like 79001234567@c.us or 120363000000000000@g.us`);
    }
    return chatId;
  }
}
