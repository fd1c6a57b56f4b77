import * as v from 'valibot';

/**
 * The state of one messenger account (an instance or a session), the same words for every provider:
 *
 * - `starting`: booting or initializing, not yet ready to authorize (GREEN-API `starting`, Whatsgate
 *   `PENDING`); requests fail with `session-not-ready` meanwhile.
 * - `not-authorized`: waiting to be authorized: needs a QR scan, a pairing code or a confirmation code
 *   (Whatsgate `AUTH`).
 * - `pending-code`: a confirmation code was requested and is awaited (`session.confirmCode`).
 * - `pending-password`: a two-factor password is awaited (`session.confirmPassword`).
 * - `authorized`: ready to send and receive.
 * - `blocked`: banned by the messenger.
 * - `suspended`: suspended by the provider or the messenger.
 * - `restricted`: sending suspended for suspected spam (WhatsApp "yellow card").
 * - `sleeping`: the phone is offline (legacy WhatsApp).
 * - `deleting`: the session is being destroyed.
 * - `unknown`: the provider reported something else (see `providerState` and `raw`).
 *
 * The provider's own word is kept beside it: `providerState` in `session-state-changed` and in the
 * session template.
 */
export const sessionStateSchema = buildSessionStateSchema();

// @__NO_SIDE_EFFECTS__
function buildSessionStateSchema() {
  return v.picklist([
    'starting',
    'not-authorized',
    'pending-code',
    'pending-password',
    'authorized',
    'blocked',
    'suspended',
    'restricted',
    'sleeping',
    'deleting',
    'unknown',
  ]);
}

/** See {@link sessionStateSchema}. */
export type SessionState = v.InferOutput<typeof sessionStateSchema>;
