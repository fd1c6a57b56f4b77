import type { QueuedMessage } from './results.js';

/**
 * The provider's queues: outgoing messages waiting to be sent, and notifications waiting to be
 * received: `messenger.queue`.
 */
export interface QueueOperations {
  /** Lists outgoing messages still waiting to be sent. */
  listOutgoing(): Promise<QueuedMessage[]>;
  /** Drops every outgoing message still waiting. */
  clearOutgoing(): Promise<void>;
  /** Counts notifications waiting to be received. */
  countNotifications(): Promise<number>;
  /** Drops every notification waiting to be received. */
  clearNotifications(): Promise<void>;
}
