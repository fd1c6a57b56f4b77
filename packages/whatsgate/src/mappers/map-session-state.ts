import type { SessionState } from '@switchboard/core';
import { ownValue } from '@switchboard/core/adapter';

const states: Readonly<Record<string, SessionState>> = {
  PENDING: 'starting',
  AUTH: 'not-authorized',
  READY: 'authorized',
  DESTROYING: 'deleting',
};

/**
 * Maps a Whatsgate session `status` to the core state: `PENDING` (initialization) → `starting`, `AUTH`
 * (waiting for the QR scan or pairing code) → `not-authorized`,
 * `READY` → `authorized`, `DESTROYING` → `deleting`, anything else → `unknown`.
 */
export function mapSessionState(status: string | null | undefined): SessionState {
  return (
    (status === null || status === undefined ? undefined : ownValue(states, status.toUpperCase())) ??
    'unknown'
  );
}
