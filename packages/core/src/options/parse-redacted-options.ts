import type * as v from 'valibot';
import type { Redactor } from '../redaction/redactor.js';
import { parseTemplate } from '../templates/parse-template.js';

/**
 * Validates options like {@link parseTemplate} (an `invalid-request` `MessengerError` naming every bad
 * field) and strips the registered secrets from the error's message and stack, so a token passed in
 * the wrong option never shows up in an error.
 */
export function parseRedactedOptions<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  name: string,
  redactor: Redactor,
): v.InferOutput<Schema> {
  try {
    return parseTemplate(schema, input, name);
  } catch (error) {
    if (error instanceof Error) {
      error.message = redactor.redact(error.message);
      if (error.stack !== undefined) error.stack = redactor.redact(error.stack);
    }
    throw error;
  }
}
