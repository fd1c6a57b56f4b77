import type * as v from 'valibot';
import { parseWithSchema } from '../options/parse-with-schema.js';

/**
 * Validates a value against a template schema and returns the complete object (defaults applied),
 * or throws an `invalid-request` `MessengerError` whose message names the field path and what
 * was expected, for example `Invalid outgoing message: message.text: expected string, received 42`.
 */
export function parseTemplate<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  templateName: string,
): v.InferOutput<Schema> {
  return parseWithSchema(schema, input, {
    label: templateName,
    describeIssue: (issue, path) => `${path === '' ? '(root)' : path}: ${describeIssue(issue)}`,
    details: { template: templateName },
  });
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.expected !== null) {
    return `expected ${issue.expected}, received ${issue.received}`;
  }
  return issue.message;
}
