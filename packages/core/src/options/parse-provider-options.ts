import type * as v from 'valibot';
import { parseWithSchema } from './parse-with-schema.js';

/**
 * Checks `providerOptions[provider]` of an operation against the adapter's strict schema and returns
 * them; an unknown field (a contract field such as `chatId` included) rejects with `invalid-request`.
 *
 * @example
 * ```ts
 * const { archiveChat } = parseProviderOptions(sendOptionsSchema, outgoing.providerOptions, 'sdkwa', 'a text send');
 * ```
 */
export function parseProviderOptions<const Schema extends v.GenericSchema>(
  schema: Schema,
  providerOptions: Readonly<Record<string, unknown>> | undefined,
  provider: string,
  operation: string,
): v.InferOutput<Schema> {
  return parseWithSchema(schema, providerOptions?.[provider] ?? {}, {
    label: `providerOptions.${provider} of ${operation}`,
    provider,
  });
}
