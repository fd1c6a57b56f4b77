import type { MessengerEvent } from '../../src/events/messenger-event.js';
import type { InboxItem } from '../../src/messenger/inbox-operations.js';

interface QueuedItem {
  receipt: string;
  event: MessengerEvent;
  isInFlight: boolean;
  receivedAt: number;
}

/**
 * An in-memory provider notification queue for poller tests. In `visibility` mode a received item is
 * hidden until acknowledged or `redeliver()`ed (SQS-like); in `head` mode `receive` always returns the
 * oldest unacknowledged item (GREEN-API-like). `faults` are thrown by the next receives, in order. An
 * in-flight item becomes visible again after `visibilityTimeoutMilliseconds` (default: never).
 */
export class FakeProviderQueue {
  readonly acknowledged: string[] = [];
  readonly receiveTimes: number[] = [];
  readonly faults: unknown[] = [];
  #items: QueuedItem[] = [];
  #nextReceipt = 1;
  #waiters = new Set<() => void>();

  constructor(
    readonly mode: 'visibility' | 'head' = 'visibility',
    readonly visibilityTimeoutMilliseconds = Number.POSITIVE_INFINITY,
  ) {}

  push(event: MessengerEvent): string {
    const receipt = String(this.#nextReceipt++);
    this.#items.push({ receipt, event, isInFlight: false, receivedAt: 0 });
    for (const wake of [...this.#waiters]) wake();
    return receipt;
  }

  /** Unacknowledged items (in flight or waiting). */
  get pending(): number {
    return this.#items.length;
  }

  /** Makes every in-flight item visible again, as a provider does after a consumer went away. */
  redeliver(): void {
    for (const item of this.#items) item.isInFlight = false;
    for (const wake of [...this.#waiters]) wake();
  }

  async receive(
    options: { timeoutMilliseconds?: number; signal?: AbortSignal } = {},
  ): Promise<InboxItem | null> {
    this.receiveTimes.push(Date.now());
    if (this.faults.length > 0) throw this.faults.shift();
    const deadline = Date.now() + (options.timeoutMilliseconds ?? 50);
    for (;;) {
      options.signal?.throwIfAborted();
      const now = Date.now();
      const isVisible = (candidate: QueuedItem) =>
        !candidate.isInFlight || now - candidate.receivedAt >= this.visibilityTimeoutMilliseconds;
      const item = this.mode === 'head' ? this.#items[0] : this.#items.find(isVisible);
      if (item !== undefined) {
        item.isInFlight = true;
        item.receivedAt = now;
        return { event: item.event, receipt: item.receipt };
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return null;
      await this.#waitForPush(remaining, options.signal);
    }
  }

  async ack(item: InboxItem): Promise<void> {
    this.#items = this.#items.filter((queued) => queued.receipt !== item.receipt);
    this.acknowledged.push(item.receipt);
  }

  #waitForPush(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, milliseconds);
      this.#waiters.add(wake);
      signal?.addEventListener('abort', wake, { once: true });
    });
  }
}
