import type * as v from 'valibot';
import { parseWithSchema } from '../options/parse-with-schema.js';
import { describeConfigIssues } from './describe-config-issues.js';

/**
 * Validates a config value against a schema and returns the parsed output, or throws an
 * `invalid-request` error naming where the value came from and every bad field, such as
 * `Invalid messenger config in /etc/switchboard.json: messengers.shop.provider must be a string`.
 */
export function parseConfigValue<const Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  description: string,
): v.InferOutput<Schema> {
  return parseWithSchema(schema, input, {
    label: description,
    describeIssue: (issue) => describeConfigIssues([issue])[0] ?? issue.message,
  });
}
