import { FifoBuffer } from './fifo-buffer.js';

/**
 * Where and how to deliver a webhook.
 *
 * @example
 * const target: WebhookTarget = { url: 'http://127.0.0.1:9000/hook', headers: { authorization: 'Bearer x' } };
 */
export interface WebhookTarget {
  /** Where notifications are POSTed. */
  url: string;
  /** Sent with every delivery (e.g. `authorization`); none when absent. */
  headers?: Record<string, string>;
}

/**
 * One recorded delivery attempt.
 *
 * @example
 * dispatcher.deliveries.filter((delivery) => delivery.accepted);
 */
export interface WebhookDelivery {
  /** Where the attempt was POSTed. */
  url: string;
  /** The request headers sent. */
  headers: Record<string, string>;
  /** The notification, before JSON encoding. */
  body: unknown;
  /** HTTP status, or `undefined` on a network error / timeout. */
  status: number | undefined;
  /** 1-based attempt number for this body. */
  attempt: number;
  /** Whether the answer counted as accepted: 2xx unless the dispatcher's `accept` option says otherwise. */
  accepted: boolean;
  /** The network error or timeout message; absent when an answer came. */
  error?: string;
}

/** Options of {@link WebhookDispatcher}. */
export interface WebhookDispatcherOptions {
  /** Total attempts per body, including the first (default 3). */
  attempts?: number;
  /** Pause before a retry (default 1000). */
  retryDelayMilliseconds?: number;
  /** Per-attempt timeout (default 10 000). */
  timeoutMilliseconds?: number;
  /** Whether an answer to the delivered `body` counts as accepted (default: 2xx). */
  accept?: (status: number, text: string, body: unknown) => boolean;
  /** Called after a body was accepted or finally given up. */
  onSettled?: (body: unknown, accepted: boolean, target: WebhookTarget) => void;
  /** Keep about this many recorded deliveries, oldest dropped first in batches (default 100 000). */
  maxRecordedDeliveries?: number;
}

interface PendingDelivery {
  target: WebhookTarget;
  body: unknown;
}

/** The bodies waiting for one target URL; `dropped` once `clear()` took them away. */
interface DeliveryLine {
  readonly queue: FifoBuffer<PendingDelivery>;
  dropped: boolean;
}

interface RetryWait {
  readonly timer: ReturnType<typeof setTimeout>;
  readonly resolve: () => void;
}

/**
 * POSTs JSON bodies to receivers, in order per target URL, retrying rejected answers; records every attempt.
 *
 * @example
 * const dispatcher = new WebhookDispatcher({ attempts: 3, retryDelayMilliseconds: 10 });
 * dispatcher.send({ url: receiverUrl }, { typeWebhook: 'incomingMessageReceived' });
 * await dispatcher.idle();
 */
export class WebhookDispatcher {
  /** Every attempt made, oldest first. */
  readonly deliveries: WebhookDelivery[] = [];
  readonly #lines = new Map<string, DeliveryLine>();
  readonly #controllers = new Set<AbortController>();
  readonly #retryWaits = new Set<RetryWait>();
  #idleWaiters: Array<() => void> = [];
  /** Running `#drain` loops, dropped lines included until their last attempt on the wire has finished. */
  #drains = 0;
  #closed = false;
  readonly #attempts: number;
  readonly #retryDelay: number;
  readonly #timeout: number;
  readonly #accept: (status: number, text: string, body: unknown) => boolean;
  readonly #maxRecorded: number;
  readonly #onSettled: WebhookDispatcherOptions['onSettled'];

  /**
   * @example
   * new WebhookDispatcher({ accept: (status) => status === 200 });
   */
  constructor(options: WebhookDispatcherOptions = {}) {
    this.#attempts = Math.max(1, options.attempts ?? 3);
    this.#retryDelay = options.retryDelayMilliseconds ?? 1000;
    this.#timeout = options.timeoutMilliseconds ?? 10_000;
    this.#accept = options.accept ?? ((status) => status >= 200 && status < 300);
    this.#maxRecorded = options.maxRecordedDeliveries ?? 100_000;
    this.#onSettled = options.onSettled;
  }

  /**
   * Number of bodies not yet accepted or given up.
   *
   * @example
   * dispatcher.pending;
   */
  get pending(): number {
    let total = 0;
    for (const line of this.#lines.values()) total += line.queue.length;
    return total;
  }

  /**
   * Queues a body for delivery to a target (ignored after `close()`).
   *
   * @example
   * dispatcher.send({ url }, { hello: 'world' });
   */
  send(target: WebhookTarget, body: unknown): void {
    if (this.#closed) return;
    let line = this.#lines.get(target.url);
    const start = line === undefined;
    if (line === undefined) {
      line = { queue: new FifoBuffer<PendingDelivery>(), dropped: false };
      this.#lines.set(target.url, line);
    }
    line.queue.push({ target, body });
    if (start) void this.#drain(target.url, line);
  }

  /**
   * Resolves when nothing is pending and no attempt is on the wire (immediately when idle).
   *
   * @example
   * await dispatcher.idle();
   */
  idle(): Promise<void> {
    if (this.#isIdle() || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /**
   * Drops every body not yet accepted or given up, without `onSettled`: no further attempt or retry is made for
   * them (an attempt already on the wire still completes and is recorded). Later `send` calls deliver as usual.
   *
   * @example
   * dispatcher.clear();
   * dispatcher.pending; // 0
   */
  clear(): void {
    for (const line of this.#lines.values()) line.dropped = true;
    this.#lines.clear();
    this.#endRetryWaits();
    if (this.#isIdle()) this.#releaseIdle();
  }

  /**
   * Cancels pending retries and in-flight requests; drops everything queued.
   *
   * @example
   * dispatcher.close();
   */
  close(): void {
    this.#closed = true;
    for (const controller of this.#controllers) controller.abort();
    this.#endRetryWaits();
    this.#lines.clear();
    this.#releaseIdle();
  }

  async #drain(url: string, line: DeliveryLine): Promise<void> {
    const stopped = () => this.#closed || line.dropped;
    this.#drains += 1;
    for (let next = line.queue.peek(); next !== undefined && !stopped(); next = line.queue.peek()) {
      let accepted = false;
      for (let attempt = 1; attempt <= this.#attempts && !stopped() && !accepted; attempt += 1) {
        if (attempt > 1) await this.#wait(this.#retryDelay);
        if (stopped()) break;
        accepted = await this.#attempt(next, attempt);
      }
      line.queue.shift();
      if (!stopped()) this.#onSettled?.(next.body, accepted, next.target);
    }
    if (this.#lines.get(url) === line) this.#lines.delete(url);
    this.#drains -= 1;
    if (this.#isIdle()) this.#releaseIdle();
  }

  /** Ends every pause before a retry now; the drain loops then see that their line was dropped or closed. */
  #endRetryWaits(): void {
    for (const wait of this.#retryWaits) {
      clearTimeout(wait.timer);
      wait.resolve();
    }
    this.#retryWaits.clear();
  }

  #isIdle(): boolean {
    return this.#lines.size === 0 && this.#drains === 0;
  }

  async #attempt(pending: PendingDelivery, attempt: number): Promise<boolean> {
    const headers = { 'content-type': 'application/json', ...pending.target.headers };
    const controller = new AbortController();
    this.#controllers.add(controller);
    const timer = setTimeout(() => controller.abort(), this.#timeout);
    const record: WebhookDelivery = {
      url: pending.target.url,
      headers,
      body: pending.body,
      status: undefined,
      attempt,
      accepted: false,
    };
    try {
      const response = await fetch(pending.target.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(pending.body),
        signal: controller.signal,
      });
      const text = await response.text();
      record.status = response.status;
      record.accepted = this.#accept(response.status, text, pending.body);
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
      this.#controllers.delete(controller);
    }
    this.deliveries.push(record);
    if (this.deliveries.length > this.#maxRecorded * 1.5) {
      this.deliveries.splice(0, this.deliveries.length - this.#maxRecorded);
    }
    return record.accepted;
  }

  #wait(milliseconds: number): Promise<void> {
    return new Promise((resolve) => {
      const wait: RetryWait = {
        timer: setTimeout(() => {
          this.#retryWaits.delete(wait);
          resolve();
        }, milliseconds),
        resolve,
      };
      this.#retryWaits.add(wait);
    });
  }

  #releaseIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const waiter of waiters) waiter();
  }
}
