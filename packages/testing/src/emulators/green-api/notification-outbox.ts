import { NotificationQueue, WebhookDispatcher } from '../shared/index.js';
import type { GreenApiNotificationBody, GreenApiSettings } from './green-api-types.js';

/** Webhook timings of {@link NotificationOutbox}. */
export interface NotificationOutboxTimings {
  webhookRetryDelayMilliseconds: number;
  webhookAttempts: number;
  webhookTimeoutMilliseconds: number;
}

/**
 * Where an instance's notifications go: the polling FIFO when `webhookUrl` is empty, otherwise an HTTP push
 * (same body, no envelope, `Authorization: Bearer <webhookUrlToken>` when set, retried until the receiver answers
 * 200). Polling sees nothing while a webhook URL is set.
 */
export class NotificationOutbox {
  readonly queue = new NotificationQueue<GreenApiNotificationBody>();
  readonly dispatcher: WebhookDispatcher;
  readonly #settings: () => GreenApiSettings;

  constructor(settings: () => GreenApiSettings, timings: NotificationOutboxTimings) {
    this.#settings = settings;
    this.dispatcher = new WebhookDispatcher({
      attempts: timings.webhookAttempts,
      retryDelayMilliseconds: timings.webhookRetryDelayMilliseconds,
      timeoutMilliseconds: timings.webhookTimeoutMilliseconds,
      accept: (status) => status === 200,
    });
  }

  /** Number of notifications not yet taken: queued for polling plus pending pushes (`getWebhooksCount`). */
  get count(): number {
    return this.queue.size + this.dispatcher.pending;
  }

  /** Queues or pushes a notification. */
  publish(body: GreenApiNotificationBody): void {
    const { webhookUrl, webhookUrlToken } = this.#settings();
    if (webhookUrl === '') {
      this.queue.push(body);
      return;
    }
    const headers: Record<string, string> = {};
    if (webhookUrlToken !== '') headers.authorization = `Bearer ${webhookUrlToken}`;
    this.dispatcher.send({ url: webhookUrl, headers }, body);
  }

  /** After a settings change: when a webhook URL is now set, pushes what was waiting for polling. */
  settingsChanged(): void {
    if (this.#settings().webhookUrl === '' || this.queue.size === 0) return;
    const waiting = [...this.queue.entries()];
    this.queue.clear();
    for (const entry of waiting) this.publish(entry.body);
  }

  /**
   * Empties the queue (`clearWebhooksQueue`): the notifications waiting for polling and the pushes not yet accepted
   * by the receiver, which are then no longer retried.
   */
  clear(): void {
    this.queue.clear();
    this.dispatcher.clear();
  }

  /** Stops pushing and releases long-polls. */
  close(): void {
    this.queue.close();
    this.dispatcher.close();
  }
}
