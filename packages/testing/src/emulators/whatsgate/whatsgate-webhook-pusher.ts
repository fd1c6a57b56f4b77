import { FifoBuffer } from '../shared/fifo-buffer.js';
import { type WebhookDelivery, WebhookDispatcher } from '../shared/webhook-dispatcher.js';
import type { WhatsgateEvent } from './whatsgate-payloads.js';

/**
 * Whether a webhook answer acknowledges the event: HTTP 200 with JSON `{"result":"OK","id":<event id>}` (§4).
 *
 * @example
 * isWhatsgateWebhookAcknowledged(200, '{"result":"OK","id":18}', 18); // true
 */
export function isWhatsgateWebhookAcknowledged(status: number, text: string, eventId: number): boolean {
  if (status !== 200) return false;
  try {
    const answer = JSON.parse(text) as unknown;
    if (typeof answer !== 'object' || answer === null) return false;
    const { result, id } = answer as { result?: unknown; id?: unknown };
    return result === 'OK' && String(id) === String(eventId);
  } catch {
    return false;
  }
}

/**
 * Options of {@link WhatsgateWebhookPusher}.
 *
 * @example
 * const options: WhatsgateWebhookPusherOptions = { retries: 3, retryDelayMilliseconds: 20_000, timeoutMilliseconds: 10_000 };
 */
export interface WhatsgateWebhookPusherOptions {
  /** Retries after the first attempt (Whatsgate: 3). */
  retries: number;
  retryDelayMilliseconds: number;
  timeoutMilliseconds: number;
}

interface TargetChannel {
  dispatcher: WebhookDispatcher;
  /** Ids of the events queued for this URL, the one being delivered first. */
  eventIds: FifoBuffer<number>;
}

/**
 * Pushes events to session webhook URLs in order, retrying until the receiver answers
 * `{"result":"OK","id":<same id>}`. One shared `WebhookDispatcher` per URL, so the acknowledgement can be
 * matched against the event being delivered.
 *
 * @example
 * const pusher = new WhatsgateWebhookPusher({ retries: 3, retryDelayMilliseconds: 20_000, timeoutMilliseconds: 10_000 });
 * pusher.push('http://127.0.0.1:9000/hook', event);
 * await pusher.idle();
 */
export class WhatsgateWebhookPusher {
  readonly #options: WhatsgateWebhookPusherOptions;
  readonly #channels = new Map<string, TargetChannel>();

  /**
   * @example
   * new WhatsgateWebhookPusher({ retries: 3, retryDelayMilliseconds: 10, timeoutMilliseconds: 1000 });
   */
  constructor(options: WhatsgateWebhookPusherOptions) {
    this.#options = options;
  }

  /**
   * Queues an event for a URL.
   *
   * @example
   * pusher.push(record.callback, event);
   */
  push(url: string, event: WhatsgateEvent): void {
    this.#channel(url).eventIds.push(event.id);
    this.#channel(url).dispatcher.send({ url }, event);
  }

  /**
   * Every delivery attempt, grouped by URL in first-use order, oldest first within a URL.
   *
   * @example
   * pusher.deliveries().filter((delivery) => delivery.accepted).length;
   */
  deliveries(): WebhookDelivery[] {
    return [...this.#channels.values()].flatMap((channel) => channel.dispatcher.deliveries);
  }

  /**
   * Resolves when no delivery is pending.
   *
   * @example
   * await pusher.idle();
   */
  async idle(): Promise<void> {
    await Promise.all([...this.#channels.values()].map((channel) => channel.dispatcher.idle()));
  }

  /**
   * Cancels pending deliveries and retries.
   *
   * @example
   * pusher.close();
   */
  close(): void {
    for (const channel of this.#channels.values()) channel.dispatcher.close();
  }

  #channel(url: string): TargetChannel {
    const existing = this.#channels.get(url);
    if (existing !== undefined) return existing;
    const eventIds = new FifoBuffer<number>();
    const dispatcher = new WebhookDispatcher({
      attempts: 1 + this.#options.retries,
      retryDelayMilliseconds: this.#options.retryDelayMilliseconds,
      timeoutMilliseconds: this.#options.timeoutMilliseconds,
      accept: (status, text) => isWhatsgateWebhookAcknowledged(status, text, eventIds.peek() ?? Number.NaN),
      onSettled: () => {
        eventIds.shift();
      },
    });
    const channel = { dispatcher, eventIds };
    this.#channels.set(url, channel);
    return channel;
  }
}
