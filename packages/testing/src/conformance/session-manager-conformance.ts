import type { ManagedSession, Network, SessionManager } from '@switchboard/core';
import type { ConformanceSentMessage } from './conformance-driver.js';

/**
 * What a session-manager conformance setup returns: the manager, how to authorize a session it created
 * (through the emulator's control API), and what the provider received from that session's sends.
 *
 * @example
 * ```ts
 * sessions: async () => ({ manager, network: 'whatsapp', chatId, authorize: (session) => emulator.control.authorize(Number(session.id)), sentMessages, teardown })
 * ```
 */
export interface SessionManagerConformanceSubject {
  /** The manager under test, with retries disabled. */
  manager: SessionManager;
  /** The network to create the session on (one of `manager.networks`). */
  network: Network;
  /** A chat the created session's messenger can send to. */
  chatId: string;
  /** Makes a created session authorized (scans its QR, confirms its code…). */
  authorize(session: ManagedSession): Promise<void>;
  /** What the provider received from the session's sends, oldest first. */
  sentMessages(session: ManagedSession): Promise<ConformanceSentMessage[]>;
  /** Stops the fake. */
  teardown?(): Promise<void>;
}
