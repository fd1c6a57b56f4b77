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
  const emptyAnswers = new Map<MessageType, boolean>();
  return (type, providerOptions) => {
    const schema = schemas[type] ?? none;
    const given = providerOptions?.[provider];
    // Most sends have no options: when the schema reads none as none, skip validating `{}` again.
    if ((given === undefined || given === null) && readsNoneAsNone(emptyAnswers, type, schema))
      return {} as Options[typeof type];
    return parseProviderOptions(schema, providerOptions, provider, `a ${type} send`) as Options[typeof type];
  };
}

/** Whether `schema` turns `{}` into a plain object without fields, computed once per message type. */
function readsNoneAsNone(
  answers: Map<MessageType, boolean>,
  type: MessageType,
  schema: v.GenericSchema,
): boolean {
  let answer = answers.get(type);
  if (answer === undefined) {
    const result = v.safeParse(schema, {});
    answer = result.success && isPlainObject(result.output) && Reflect.ownKeys(result.output).length === 0;
    answers.set(type, answer);
  }
  return answer;
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

type ProviderOptions = Readonly<Record<string, unknown>>;
