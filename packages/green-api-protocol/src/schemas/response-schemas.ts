import * as v from 'valibot';

/**
 * Loose valibot schemas of GREEN-API answers shared by several method groups. They check only the
 * fields the adapter relies on and keep every other field (providers drift).
 */
export const idMessageSchema = buildIdMessageSchema();

// @__NO_SIDE_EFFECTS__
function buildIdMessageSchema() {
  return v.looseObject({
    // Id of the sent (queued) message, e.g. `3EB0C767D097B7C7C030`.
    idMessage: v.string(),
  });
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
    // `incoming` or `outgoing`.
    type: v.optional(v.string()),
    // Id of the message.
    idMessage: v.string(),
    // Send time in unix seconds.
    timestamp: v.optional(v.number()),
    // Kind of content, e.g. `textMessage`, `imageMessage`, `documentMessage`, `locationMessage`.
    typeMessage: v.optional(v.string()),
    // Chat of the message, e.g. `79001234567@c.us` or `…@g.us`.
    chatId: v.optional(v.string()),
    // Sender's chat id (incoming messages).
    senderId: v.optional(v.string()),
    // Sender's own name (incoming messages).
    senderName: v.optional(v.string()),
    // Sender's name in the phone's address book (incoming messages).
    senderContactName: v.optional(v.string()),
    // Outgoing status: `sent`, `delivered`, `read`, `failed`, `noAccount` or `notInGroup`.
    statusMessage: v.optional(v.string()),
    // `true` when the message was sent through the API (outgoing messages).
    sendByApi: v.optional(v.boolean()),
    // Text of a text message.
    textMessage: v.optional(v.string()),
    // `true` when the message was forwarded.
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
    // `true` when the step was accepted.
    status: v.optional(v.boolean()),
    // The step's outcome and, on failure, its reason.
    data: v.optional(
      v.nullable(
        v.looseObject({
          // The step's outcome as the provider names it.
          status: v.optional(v.string()),
          // Why the step failed, when it did.
          reason: v.optional(v.nullable(v.string())),
        }),
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
