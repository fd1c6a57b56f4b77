import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';
import { sessionStateSchema } from './session-state.js';

/**
 * Template 8, a session: one messenger account managed at account level (a GREEN-API partner
 * instance, an SDKWA user instance, a Whatsgate session). `id` is what `createMessenger` needs
 * (the instance id or WhatsappID). `state` is the provider-neutral state and `providerState` the
 * provider's own word for it (Whatsgate `PENDING`, `AUTH`…). `qrValue` is the text the QR code
 * encodes, when the provider gives it (render it yourself), beside `qrLink`, a page that shows the code.
 * `credentials` is only filled by `SessionManager.create` and holds secrets (for example the new
 * instance's token): store it, never log it.
 */
export const sessionInfoSchema = buildSessionInfoSchema();

// @__NO_SIDE_EFFECTS__
function buildSessionInfoSchema() {
  return v.object({
    id: v.pipe(v.string(), v.nonEmpty()),
    name: v.optional(v.string(), ''),
    state: v.optional(sessionStateSchema, 'unknown'),
    providerState: v.optional(v.string()),
    network: v.optional(v.string()),
    phone: v.optional(v.string()),
    chatId: v.optional(v.string()),
    displayName: v.optional(v.string()),
    webhookUrl: v.optional(v.string()),
    qrLink: v.optional(v.string()),
    qrValue: v.optional(v.string()),
    pairingCode: v.optional(v.string()),
    createdAt: v.optional(v.pipe(v.number(), v.integer())),
    expiresAt: v.optional(v.pipe(v.number(), v.integer())),
    credentials: v.optional(v.record(v.string(), v.string())),
    raw: v.optional(v.unknown()),
  });
}

/** A validated session, see {@link sessionInfoSchema}. */
export type SessionInfo = v.InferOutput<typeof sessionInfoSchema>;
/** What {@link createSessionInfo} accepts. */
export type SessionInfoInput = v.InferInput<typeof sessionInfoSchema>;

/**
 * Builds a complete {@link SessionInfo} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createSessionInfo({ id: '1101000001', state: 'not-authorized' });
 * ```
 */
export function createSessionInfo(input: SessionInfoInput): SessionInfo {
  return parseTemplate(sessionInfoSchema, input, 'session');
}
