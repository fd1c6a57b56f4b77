import * as v from 'valibot';

/**
 * Loose valibot schemas of GREEN-API answers shared by several method groups. They check only the
 * fields the adapter relies on and keep every other field (providers drift).
 */
export const idMessageSchema = buildIdMessageSchema();

// @__NO_SIDE_EFFECTS__
function buildIdMessageSchema() {
  return v.looseObject({ idMessage: v.string() });
}

/** `{ idMessage }` answer of the send methods. */
export type IdMessageResponse = v.InferOutput<typeof idMessageSchema>;

/**
 * An answer that may be an object or empty (`null`) for methods documented to answer with an empty
 * body (`deleteMessage`, `archiveChat`, `sendTyping`…).
 */
export const emptyOrObjectSchema = buildEmptyOrObjectSchema();

// @__NO_SIDE_EFFECTS__
function buildEmptyOrObjectSchema() {
  return v.nullable(v.union([v.looseObject({}), v.string()]));
}

/** What methods with an empty answer resolve to (`null` for an empty body). */
export type EmptyOrObjectResponse = v.InferOutput<typeof emptyOrObjectSchema>;

/**
 * A list GREEN-API may also answer with `{}` or `null` when empty (journals on MAX, `showMessagesQueue`):
 * normalised to an array.
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

/** One journal entry. */
export type GreenApiJournalEntry = v.InferOutput<typeof journalEntrySchema>;

/** The `{status, data: {status, reason}}` answer of the Telegram/MAX authorization methods. */
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

/** Answer of `startAuthorization`, `sendAuthorizationCode` and `sendAuthorizationPassword`. */
export type AuthorizationStepResponse = v.InferOutput<typeof authorizationStepSchema>;

/** A `{ <field>: boolean }` confirmation answer, such as `{ "setRead": true }`. */
export function confirmationSchema<const Field extends string>(field: Field) {
  return v.looseObject({ [field]: v.optional(v.boolean()) } as Record<
    Field,
    v.OptionalSchema<v.BooleanSchema<undefined>, undefined>
  >);
}

/** A `{ <field>?: boolean }` confirmation answer. */
export type ConfirmationResponse<Field extends string> = Partial<Record<Field, boolean>> &
  Record<string, unknown>;
