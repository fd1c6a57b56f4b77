import * as v from 'valibot';

/**
 * Loose valibot schemas of GREEN-API answers shared by several method groups. They check only the
 * fields the adapter relies on and keep every other field (providers drift).
 *
 * @example
 * ```ts
 * const sent = v.parse(idMessageSchema, { idMessage: '3EB0C767D097B7C7C030' });
 * ```
 */
export const idMessageSchema = buildIdMessageSchema();

// @__NO_SIDE_EFFECTS__
function buildIdMessageSchema() {
  return v.looseObject({ idMessage: v.string() });
}

/**
 * `{ idMessage }` answer of the send methods.
 *
 * @example
 * ```ts
 * const { idMessage }: IdMessageResponse = await client.sendMessage({ chatId, message: 'Hi' });
 * ```
 */
export type IdMessageResponse = v.InferOutput<typeof idMessageSchema>;

/**
 * An answer that may be an object or empty (`null`) for methods documented to answer with an empty
 * body (`deleteMessage`, `archiveChat`, `sendTyping`…).
 *
 * @example
 * ```ts
 * await transport.request({ method: 'POST', path, json, schema: emptyOrObjectSchema });
 * ```
 */
export const emptyOrObjectSchema = buildEmptyOrObjectSchema();

// @__NO_SIDE_EFFECTS__
function buildEmptyOrObjectSchema() {
  return v.nullable(v.union([v.looseObject({}), v.string()]));
}

/**
 * What methods with an empty answer resolve to (`null` for an empty body).
 *
 * @example
 * ```ts
 * const answer: EmptyOrObjectResponse = await client.archiveChat({ chatId });
 * ```
 */
export type EmptyOrObjectResponse = v.InferOutput<typeof emptyOrObjectSchema>;

/**
 * A list GREEN-API may also answer with `{}` or `null` when empty (journals on MAX, `showMessagesQueue`):
 * normalised to an array.
 *
 * @example
 * ```ts
 * const schema = listSchema(journalEntrySchema);
 * v.parse(schema, {}); // []
 * ```
 */
export function listSchema<Item extends v.GenericSchema>(item: Item) {
  return v.pipe(
    v.union([v.array(item), v.looseObject({}), v.null()]),
    v.transform((value): v.InferOutput<Item>[] => (Array.isArray(value) ? value : [])),
  );
}

/**
 * A journal entry (`getChatHistory`, `getMessage`, `lastIncomingMessages`, `lastOutgoingMessages`):
 * content fields are flattened into the entry (`textMessage`, `downloadUrl`, `location`, …).
 *
 * @example
 * ```ts
 * const entry = v.parse(journalEntrySchema, { type: 'incoming', idMessage: 'A1', timestamp: 1, typeMessage: 'textMessage', chatId: '1@c.us' });
 * ```
 */
export const journalEntrySchema = buildJournalEntrySchema();

// @__NO_SIDE_EFFECTS__
function buildJournalEntrySchema() {
  return v.looseObject({
    type: v.optional(v.string()),
    idMessage: v.string(),
    timestamp: v.optional(v.number()),
    typeMessage: v.optional(v.string()),
    chatId: v.optional(v.string()),
    senderId: v.optional(v.string()),
    senderName: v.optional(v.string()),
    senderContactName: v.optional(v.string()),
    statusMessage: v.optional(v.string()),
    sendByApi: v.optional(v.boolean()),
    textMessage: v.optional(v.string()),
    isForwarded: v.optional(v.boolean()),
  });
}

/**
 * One journal entry.
 *
 * @example
 * ```ts
 * const [latest]: GreenApiJournalEntry[] = await client.getChatHistory({ chatId, count: 1 });
 * ```
 */
export type GreenApiJournalEntry = v.InferOutput<typeof journalEntrySchema>;

/**
 * The `{status, data: {status, reason}}` answer of the Telegram/MAX authorization methods.
 *
 * @example
 * ```ts
 * v.parse(authorizationStepSchema, { status: true, data: { status: 'success' } });
 * ```
 */
export const authorizationStepSchema = buildAuthorizationStepSchema();

// @__NO_SIDE_EFFECTS__
function buildAuthorizationStepSchema() {
  return v.looseObject({
    status: v.optional(v.boolean()),
    data: v.optional(
      v.nullable(
        v.looseObject({ status: v.optional(v.string()), reason: v.optional(v.nullable(v.string())) }),
      ),
    ),
  });
}

/**
 * Answer of `startAuthorization`, `sendAuthorizationCode` and `sendAuthorizationPassword`.
 *
 * @example
 * ```ts
 * const { data }: AuthorizationStepResponse = await client.startAuthorization({ phoneNumber: 79001234567 });
 * ```
 */
export type AuthorizationStepResponse = v.InferOutput<typeof authorizationStepSchema>;

/**
 * A `{ <field>: boolean }` confirmation answer, such as `{ "setRead": true }`.
 *
 * @example
 * ```ts
 * const schema = confirmationSchema('setRead');
 * ```
 */
export function confirmationSchema<const Field extends string>(field: Field) {
  return v.looseObject({ [field]: v.optional(v.boolean()) } as Record<
    Field,
    v.OptionalSchema<v.BooleanSchema<undefined>, undefined>
  >);
}

/**
 * A `{ <field>?: boolean }` confirmation answer.
 *
 * @example
 * ```ts
 * const { setRead }: ConfirmationResponse<'setRead'> = await client.readChat({ chatId });
 * ```
 */
export type ConfirmationResponse<Field extends string> = Partial<Record<Field, boolean>> &
  Record<string, unknown>;
