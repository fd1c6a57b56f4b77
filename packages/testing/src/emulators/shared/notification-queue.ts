import { FifoBuffer } from './fifo-buffer.js';

/**
 * One queued notification with its receipt id.
 *
 * @example
 * const entry: QueuedNotification<{ a: number }> = { receiptId: 1, body: { a: 1 } };
 */
export interface QueuedNotification<Body> {
  /** What `deleteNotification` takes to remove it; increasing per instance. */
  receiptId: number;
  /** The notification as `receiveNotification` returns it. */
  body: Body;
}

/** Options of {@link NotificationQueue}. */
export interface NotificationQueueOptions {
  /** The first receipt id handed out (default 1). */
  firstReceiptId?: number;
}

interface Waiter<Body> {
  resolve(entry: QueuedNotification<Body> | undefined): void;
}

/**
 * FIFO of notifications with increasing integer receipt ids. The head stays until deleted; long-poll waiters are
 * released as soon as something is pushed, on timeout, on abort, or on `close()`. O(1) amortised operations.
 *
 * @example
 * const queue = new NotificationQueue<{ text: string }>();
 * const receiptId = queue.push({ text: 'hi' });
 * queue.head(); // { receiptId, body: { text: 'hi' } }
 * queue.delete(receiptId); // true
 */
export class NotificationQueue<Body> {
  readonly #order = new FifoBuffer<number>();
  readonly #bodies = new Map<number, Body>();
  readonly #waiters = new Set<Waiter<Body>>();
  #nextReceiptId: number;
  #closed = false;

  /**
   * @example
   * new NotificationQueue<unknown>({ firstReceiptId: 1 });
   */
  constructor(options: NotificationQueueOptions = {}) {
    this.#nextReceiptId = options.firstReceiptId ?? 1;
  }

  /**
   * Number of queued notifications.
   *
   * @example
   * queue.size;
   */
  get size(): number {
    return this.#bodies.size;
  }

  /**
   * Appends a notification and returns its receipt id; wakes every waiter.
   *
   * @example
   * queue.push({ typeWebhook: 'incomingMessageReceived' });
   */
  push(body: Body): number {
    const receiptId = this.#nextReceiptId;
    this.#nextReceiptId += 1;
    this.#bodies.set(receiptId, body);
    this.#order.push(receiptId);
    if (this.#waiters.size > 0) {
      const entry = { receiptId, body };
      const head = this.head() ?? entry;
      const waiters = [...this.#waiters];
      this.#waiters.clear();
      for (const waiter of waiters) waiter.resolve(head);
    }
    return receiptId;
  }

  /**
   * The oldest notification not yet deleted.
   *
   * @example
   * queue.head()?.receiptId;
   */
  head(): QueuedNotification<Body> | undefined {
    for (;;) {
      const receiptId = this.#order.peek();
      if (receiptId === undefined) return undefined;
      if (this.#bodies.has(receiptId)) return { receiptId, body: this.#bodies.get(receiptId) as Body };
      this.#order.shift();
    }
  }

  /**
   * Resolves with the head as soon as one exists, or `undefined` after the timeout, on abort, or on close.
   *
   * @example
   * const entry = await queue.waitForHead(5_000, request.signal);
   */
  waitForHead(
    timeoutMilliseconds: number,
    signal?: AbortSignal,
  ): Promise<QueuedNotification<Body> | undefined> {
    const current = this.head();
    if (current !== undefined || this.#closed || signal?.aborted === true || timeoutMilliseconds <= 0) {
      return Promise.resolve(current);
    }
    return new Promise((resolve) => {
      const finish = (entry: QueuedNotification<Body> | undefined): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#waiters.delete(waiter);
        resolve(entry);
      };
      const onAbort = (): void => finish(undefined);
      const waiter: Waiter<Body> = { resolve: finish };
      const timer = setTimeout(() => finish(undefined), timeoutMilliseconds);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.add(waiter);
    });
  }

  /**
   * Deletes a notification at any position; `false` when the receipt id is unknown.
   *
   * @example
   * queue.delete(1); // true
   */
  delete(receiptId: number): boolean {
    return this.#bodies.delete(receiptId);
  }

  /**
   * Removes every notification and returns how many were removed.
   *
   * @example
   * queue.clear(); // 3
   */
  clear(): number {
    const removed = this.#bodies.size;
    this.#bodies.clear();
    this.#order.clear();
    return removed;
  }

  /**
   * Iterates the queued notifications from oldest to newest.
   *
   * @example
   * for (const entry of queue.entries()) console.info(entry.receiptId);
   */
  *entries(): IterableIterator<QueuedNotification<Body>> {
    for (const [receiptId, body] of this.#bodies) yield { receiptId, body };
  }

  /**
   * Releases every waiter with `undefined`; later waits resolve immediately.
   *
   * @example
   * queue.close();
   */
  close(): void {
    this.#closed = true;
    const waiters = [...this.#waiters];
    this.#waiters.clear();
    for (const waiter of waiters) waiter.resolve(undefined);
  }
}
