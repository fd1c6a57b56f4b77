import * as v from 'valibot';
import { messageSchema } from './message.js';
import { parseTemplate } from './parse-template.js';
import { recipientSchema } from './recipient.js';

/**
 * Template 0, the outgoing message: a {@link Recipient}, a {@link Message} and delivery options.
 * `replyTo` quotes an earlier message by its id; `typingMilliseconds` shows "typing…" first where
 * the provider supports it; `providerOptions` passes provider-only fields through, keyed by provider
 * name (each adapter documents its own).
 */
export const outgoingMessageSchema = buildOutgoingMessageSchema();

// @__NO_SIDE_EFFECTS__
function buildOutgoingMessageSchema() {
  return v.strictObject({
    /** Who the message goes to. */
    recipient: recipientSchema,
    /** What is sent. */
    message: messageSchema,
    /** The id of an earlier message in the chat to quote. */
    replyTo: v.optional(v.pipe(v.string(), v.nonEmpty())),
    /** How long to show "typing…" before sending, up to 20 000, where the provider supports it. */
    typingMilliseconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20_000))),
    /** Provider-only fields by provider name, such as `{ 'green-api': { … } }`; each adapter documents its own. */
    providerOptions: v.optional(v.record(v.string(), v.record(v.string(), v.unknown()))),
  });
}

/** A validated outgoing message, see {@link outgoingMessageSchema}. */
export type OutgoingMessage = v.InferOutput<typeof outgoingMessageSchema>;
/** What {@link createOutgoingMessage} and `messenger.send` accept. */
export type OutgoingMessageInput = v.InferInput<typeof outgoingMessageSchema>;

/**
 * Builds a complete {@link OutgoingMessage} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createOutgoingMessage({ recipient: { chatId: '-100123' }, message: { type: 'text', text: 'Hi all' } });
 * ```
 */
export function createOutgoingMessage(input: OutgoingMessageInput): OutgoingMessage {
  return parseTemplate(outgoingMessageSchema, input, 'outgoing message');
}
