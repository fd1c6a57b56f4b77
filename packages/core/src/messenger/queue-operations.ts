import type { QueuedMessage } from './results.js';

/**
 * The provider's queues: outgoing messages waiting to be sent, and notifications waiting to be
 * received: `messenger.queue`.
 */
export interface QueueOperations {
  /**
   * Lists outgoing messages still waiting to be sent.
   *
   * @example
   * ```ts
   * const waiting = await messenger.queue.listOutgoing();
   * ```
   */
  listOutgoing(): Promise<QueuedMessage[]>;
  /**
   * Drops every outgoing message still waiting.
   *
   * @example
   * ```ts
   * await messenger.queue.clearOutgoing();
   * ```
   */
  clearOutgoing(): Promise<void>;
  /**
   * Counts notifications waiting to be received.
   *
   * @example
   * ```ts
   * const backlog = await messenger.queue.countNotifications();
   * ```
   */
  countNotifications(): Promise<number>;
  /**
   * Drops every notification waiting to be received.
   *
   * @example
   * ```ts
   * await messenger.queue.clearNotifications();
   * ```
   */
  clearNotifications(): Promise<void>;
}
