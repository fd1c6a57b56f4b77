import { FifoBuffer } from './fifo-buffer.js';

/**
 * Where and how to deliver a webhook.
 *
 * @example
 * const target: WebhookTarget = { url: 'http://127.0.0.1:9000/hook', headers: { authorization: 'Bearer x' } };
 */
export interface WebhookTarget {
  url: string;
  headers?: Record<string, string>;
}

/**
 * One recorded delivery attempt.
 *
 * @example
 * dispatcher.deliveries.filter((delivery) => delivery.accepted);
 */
export interface WebhookDelivery {
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** HTTP status, or `undefined` on a network error / timeout. */
  status: number | undefined;
  /** 1-based attempt number for this body. */
  attempt: number;
  accepted: boolean;
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
  readonly #queues = new Map<string, FifoBuffer<PendingDelivery>>();
  readonly #controllers = new Set<AbortController>();
  readonly #retryTimers = new Set<{ timer: ReturnType<typeof setTimeout>; resolve: () => void }>();
  #idleWaiters: Array<() => void> = [];
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
    for (const queue of this.#queues.values()) total += queue.length;
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
    let queue = this.#queues.get(target.url);
    const start = queue === undefined;
    if (queue === undefined) {
      queue = new FifoBuffer<PendingDelivery>();
      this.#queues.set(target.url, queue);
    }
    queue.push({ target, body });
    if (start) void this.#drain(target.url, queue);
  }

  /**
   * Resolves when nothing is pending (immediately when idle).
   *
   * @example
   * await dispatcher.idle();
   */
  idle(): Promise<void> {
    if (this.#queues.size === 0 || this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
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
    for (const entry of this.#retryTimers) {
      clearTimeout(entry.timer);
      entry.resolve();
    }
    this.#retryTimers.clear();
    this.#queues.clear();
    this.#releaseIdle();
  }

  async #drain(url: string, queue: FifoBuffer<PendingDelivery>): Promise<void> {
    for (let next = queue.peek(); next !== undefined && !this.#closed; next = queue.peek()) {
      let accepted = false;
      for (let attempt = 1; attempt <= this.#attempts && !this.#closed && !accepted; attempt += 1) {
        if (attempt > 1) await this.#wait(this.#retryDelay);
        if (this.#closed) break;
        accepted = await this.#attempt(next, attempt);
      }
      queue.shift();
      if (!this.#closed) this.#onSettled?.(next.body, accepted, next.target);
    }
    if (this.#queues.get(url) === queue) this.#queues.delete(url);
    if (this.#queues.size === 0) this.#releaseIdle();
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
      const entry = {
        timer: setTimeout(() => {
          this.#retryTimers.delete(entry);
          resolve();
        }, milliseconds),
        resolve,
      };
      this.#retryTimers.add(entry);
    });
  }

  #releaseIdle(): void {
    const waiters = this.#idleWaiters;
    this.#idleWaiters = [];
    for (const waiter of waiters) waiter();
  }
}
