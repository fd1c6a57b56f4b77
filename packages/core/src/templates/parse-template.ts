import * as v from 'valibot';
import { MessengerError } from '../errors/messenger-error.js';

/**
 * Validates a value against a template schema and returns the complete object (defaults applied),
 * or throws an `invalid-request` {@link MessengerError} whose message names the field path and what
 * was expected, for example `Invalid outgoing message: message.text: expected string, received 42`.
 *
 * @example
 * ```ts
 * const location = parseTemplate(locationSchema, { latitude: 55.75, longitude: 37.61 }, 'location');
 * ```
 */
export function parseTemplate<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  templateName: string,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const problems = result.issues.map(
    (issue) => `${v.getDotPath(issue) ?? '(root)'}: ${describeIssue(issue)}`,
  );
  throw new MessengerError(`Invalid ${templateName}: ${problems.join('; ')}`, {
    code: 'invalid-request',
    details: { template: templateName, fields: result.issues.map((issue) => v.getDotPath(issue) ?? '') },
  });
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.expected !== null) {
    return `expected ${issue.expected}, received ${issue.received}`;
  }
  return issue.message;
}
