import * as v from 'valibot';
import type { MessageType } from '../templates/message.js';
import { parseWithSchema } from './parse-with-schema.js';

/**
 * Checks `providerOptions[provider]` of an operation against the adapter's strict schema and returns
 * them; an unknown field (a contract field such as `chatId` included) rejects with `invalid-request`.
 */
export function parseProviderOptions<const Schema extends v.GenericSchema>(
  schema: Schema,
  providerOptions: ProviderOptions | undefined,
  provider: string,
  operation: string,
): v.InferOutput<Schema> {
  return parseWithSchema(schema, providerOptions?.[provider] ?? {}, {
    label: `providerOptions.${provider} of ${operation}`,
    provider,
  });
}

/** The provider options of each send by message type: the given ones, and none for the other types. */
export type SendOptionsByMessageType<Given extends Partial<Record<MessageType, object>>> = {
  [Type in MessageType]: Type extends keyof Given ? Given[Type] : Record<string, never>;
};

/**
 * Builds an adapter's reader of `providerOptions[provider]` of a send: each message type's strict
 * schema (no options for a type without one), through {@link parseProviderOptions}.
 */
// @__NO_SIDE_EFFECTS__
export function createSendOptionsReader<Options extends Record<MessageType, object>>(
  provider: string,
  schemas: Partial<Record<MessageType, v.GenericSchema>>,
): <Type extends MessageType>(type: Type, providerOptions: ProviderOptions | undefined) => Options[Type] {
  const none = v.strictObject({});
  return (type, providerOptions) =>
    parseProviderOptions(
      schemas[type] ?? none,
      providerOptions,
      provider,
      `a ${type} send`,
    ) as Options[typeof type];
}

type ProviderOptions = Readonly<Record<string, unknown>>;
