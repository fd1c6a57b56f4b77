import * as v from 'valibot';
import { MessengerError } from '../errors/messenger-error.js';

/** How {@link parseWithSchema} names what it validates and words each problem. */
export interface SchemaParseContext {
  /** What the value is, after "Invalid …" in the message. */
  label: string;
  /** The provider to name in the error, if any. */
  provider?: string | undefined;
  /** Words one problem from the issue and its dot path (`''` at the root); never quotes the value. */
  describeIssue?: ((issue: v.BaseIssue<unknown>, path: string) => string) | undefined;
  /** Extra fields of the error's `details` (beside `fields`). */
  details?: Record<string, unknown> | undefined;
}

/**
 * Validates a value and returns the schema's output, or throws an `invalid-request`
 * `MessengerError` naming every bad field (`Invalid providerOptions.green-api: chatId is not a known
 * option`) with their dot paths in `details.fields`.
 */
export function parseWithSchema<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  context: SchemaParseContext,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const fields = result.issues.map((issue) => v.getDotPath(issue) ?? '');
  const describe = context.describeIssue ?? describeOptionIssue;
  const problems = result.issues.map((issue, index) => describe(issue, fields[index] ?? ''));
  throw new MessengerError(`Invalid ${context.label}: ${problems.join('; ')}`, {
    code: 'invalid-request',
    provider: context.provider,
    details: { ...context.details, fields },
  });
}

/** `chatId is not a known option`, `async must be a boolean`: the field, then the schema's message. */
export function describeOptionIssue(issue: v.BaseIssue<unknown>, path: string): string {
  const field = path === '' ? '(root)' : path;
  return issue.expected === 'never' ? `${field} is not a known option` : `${field} ${issue.message}`;
}
