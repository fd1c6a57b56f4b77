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
    /** What `createMessenger` needs: the instance id (GREEN-API, SDKWA) or WhatsappID (Whatsgate). */
    id: v.pipe(v.string(), v.nonEmpty()),
    /** The name given at creation or by `rename`; `''` when none. */
    name: v.optional(v.string(), ''),
    /** The provider-neutral state; `unknown` when the provider did not report one. */
    state: v.optional(sessionStateSchema, 'unknown'),
    /** The provider's own word for the state (Whatsgate `PENDING`, `AUTH`…), when it reports one. */
    providerState: v.optional(v.string()),
    /** `whatsapp`, `telegram` or `max`, when the provider says. */
    network: v.optional(v.string()),
    /** The linked account's phone number, digits only, once authorized. */
    phone: v.optional(v.string()),
    /** The linked account's own chat id, once authorized. */
    chatId: v.optional(v.string()),
    /** The linked account's profile name (Whatsgate `pushname`), once authorized. */
    displayName: v.optional(v.string()),
    /** Where the provider posts notifications, secret parameter redacted; absent when none is set. */
    webhookUrl: v.optional(v.string()),
    /** A web page that shows the QR code to scan (Whatsgate `qr_link`). */
    qrLink: v.optional(v.string()),
    /** The text the QR code encodes, to render yourself, when the provider gives it. */
    qrValue: v.optional(v.string()),
    /** The code to type on the phone instead of scanning, when one was requested. */
    pairingCode: v.optional(v.string()),
    /** When the session was created, unix milliseconds. */
    createdAt: v.optional(v.pipe(v.number(), v.integer())),
    /** When the paid period ends, unix milliseconds (GREEN-API and SDKWA `expirationDate`). */
    expiresAt: v.optional(v.pipe(v.number(), v.integer())),
    /** Secrets of a just-created session (GREEN-API `idInstance` and `apiTokenInstance`): store, never log. */
    credentials: v.optional(v.record(v.string(), v.string())),
    /** The provider's record of the session. */
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
