import type { SessionState } from '@switchboard/core';
import { ownValue } from '@switchboard/core/adapter';

const states: Readonly<Record<string, SessionState>> = {
  notAuthorized: 'not-authorized',
  authorized: 'authorized',
  blocked: 'blocked',
  sleepMode: 'sleeping',
  starting: 'starting',
  yellowCard: 'restricted',
  suspended: 'suspended',
  pendingCode: 'pending-code',
  pendingPassword: 'pending-password',
};

/**
 * Maps GREEN-API's `stateInstance` to a core session state (`yellowCard` → `restricted`, `sleepMode` →
 * `sleeping`); anything unknown is `unknown`.
 */
export function mapSessionState(stateInstance: unknown): SessionState {
  return typeof stateInstance === 'string' ? (ownValue(states, stateInstance) ?? 'unknown') : 'unknown';
}
