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
    recipient: recipientSchema,
    message: messageSchema,
    replyTo: v.optional(v.pipe(v.string(), v.nonEmpty())),
    typingMilliseconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20_000))),
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
