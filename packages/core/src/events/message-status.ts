/**
 * Where an outgoing message is: `pending` (queued) → `sent` → `delivered` → `read` (→ `played` for
 * voice), or a failure: `failed`, `no-account` (the recipient has no account on the network),
 * `not-in-group` (the account is not a member of the target group), `restricted` (sending is
 * suspended for suspected spam).
 */
export type MessageStatus =
  | 'pending'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'played'
  | 'failed'
  | 'no-account'
  | 'not-in-group'
  | 'restricted';
