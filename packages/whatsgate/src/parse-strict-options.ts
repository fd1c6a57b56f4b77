import { MessengerError } from '@switchboard/core';
import * as v from 'valibot';

/**
 * Validates options against a strict valibot schema, or throws an `invalid-request` error that names
 * each bad or unknown field (`apiKey must not be empty`, `asynch is not a known option`) and never
 * quotes a value, which may be a secret.
 *
 * @example
 * ```ts
 * parseStrictOptions(v.strictObject({ async: v.optional(v.boolean('must be a boolean')) }), input, 'providerOptions.whatsgate');
 * ```
 */
export function parseStrictOptions<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  label: string,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const fields = result.issues.map((issue) => v.getDotPath(issue) ?? '(root)');
  const problems = result.issues.map((issue, index) =>
    issue.expected === 'never'
      ? `${fields[index]} is not a known option`
      : `${fields[index]} ${issue.message}`,
  );
  throw new MessengerError(`Invalid ${label}: ${problems.join('; ')}`, {
    code: 'invalid-request',
    provider: 'whatsgate',
    details: { fields },
  });
}
