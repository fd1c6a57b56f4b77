import { FifoBuffer } from '../shared/index.js';
import type { JsonObject } from './green-api-types.js';

/**
 * A message waiting in the instance's outgoing queue (as `showMessagesQueue` lists it) plus its send action.
 */
export interface OutgoingQueueItem {
  messageID: string;
  messagesIDs?: string[];
  type: string;
  body: JsonObject;
  deliver: () => void;
}

/** Options of {@link OutgoingQueue}. */
export interface OutgoingQueueOptions {
  /** Minimum pause between two sends (`delaySendMessagesMilliseconds`, scaled). */
  delayMilliseconds: () => number;
  /** Whether sending may happen now (the instance is authorized). */
  canSend: () => boolean;
}

/**
 * The per-instance queue of API sends: FIFO, one message per `delayMilliseconds`, held while not authorized.
 */
export class OutgoingQueue {
  readonly #items = new FifoBuffer<OutgoingQueueItem>();
  readonly #options: OutgoingQueueOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastSentAt = Number.NEGATIVE_INFINITY;
  #idleWaiters: Array<() => void> = [];
  #closed = false;

  constructor(options: OutgoingQueueOptions) {
    this.#options = options;
  }

  /** Number of messages not sent yet. */
  get size(): number {
    return this.#items.length;
  }

  /** Adds a message and schedules sending. */
  enqueue(item: OutgoingQueueItem): void {
    if (this.#closed) return;
    this.#items.push(item);
    this.resume();
  }

  /** Messages not sent yet, oldest first. */
  items(): OutgoingQueueItem[] {
    return [...this.#items];
  }

  /** Drops every waiting message; returns how many. */
  clear(): number {
    const removed = this.#items.clear();
    this.#stopTimer();
    this.#releaseIdle();
    return removed;
  }

  /** Re-evaluates whether something can be sent (call after authorization or a settings change). */
  resume(): void {
    if (this.#closed || this.#timer !== undefined || this.#items.length === 0) return;
    if (!this.#options.canSend()) return;
    const wait = Math.max(0, this.#lastSentAt + this.#options.delayMilliseconds() - Date.now());
    this.#timer = setTimeout(() => this.#sendHead(), wait);
  }

  /** Resolves when the queue is empty. */
  idle(): Promise<void> {
    if (this.#items.length === 0 || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Stops the timer; nothing more is sent. */
  close(): void {
    this.#closed = true;
    this.#stopTimer();
    this.#releaseIdle();
  }

  #sendHead(): void {
    this.#timer = undefined;
    if (this.#closed || !this.#options.canSend()) return;
    const item = this.#items.shift();
    if (item === undefined) return;
    this.#lastSentAt = Date.now();
    item.deliver();
    if (this.#items.length === 0) this.#releaseIdle();
    this.resume();
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #releaseIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const waiter of waiters) waiter();
  }
}
