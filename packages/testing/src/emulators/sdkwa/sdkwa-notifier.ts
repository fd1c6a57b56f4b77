import type { NotificationQueue, WebhookDispatcher } from '../shared/index.js';
import type { SdkwaSettings } from './sdkwa-settings.js';
import type { SdkwaNetwork, SdkwaWebhookBody } from './sdkwa-types.js';

/**
 * Which settings switch enables which `typeWebhook` (reference §4). `incomingCall` has no SDKWA switch; it follows
 * `incomingWebhook` [I].
 */
export function webhookSwitchOf(typeWebhook: string): keyof SdkwaSettings | undefined {
  const switches: Record<string, keyof SdkwaSettings> = {
    incomingMessageReceived: 'incomingWebhook',
    incomingCall: 'incomingWebhook',
    outgoingMessageStatus: 'outgoingWebhook',
    outgoingMessageReceived: 'outgoingMessageWebhook',
    outgoingAPIMessageReceived: 'outgoingAPIMessageWebhook',
    stateInstanceChanged: 'stateWebhook',
    deviceInfo: 'deviceWebhook',
    statusInstanceChanged: 'statusInstanceWebhook',
  };
  return switches[typeWebhook];
}

/** What the notifier needs to know about an instance. */
export interface SdkwaNotificationTarget {
  readonly idInstance: number;
  readonly network: SdkwaNetwork;
  readonly settings: SdkwaSettings;
  readonly notifications: NotificationQueue<SdkwaWebhookBody>;
}

/**
 * Where a notification went: the HTTP-polling queue (with its receipt id), the webhook URL, or nowhere because
 * its settings switch is `"no"`.
 *
 * @example
 * const outcome: SdkwaEmitOutcome = { route: 'queue', receiptId: 1, body };
 */
export interface SdkwaEmitOutcome {
  /** Queued for `receiveNotification`, pushed to the webhook, or dropped because its setting is off. */
  route: 'queue' | 'webhook' | 'suppressed';
  /** The queue receipt id, when it was queued. */
  receiptId?: number;
  /** The notification as built. */
  body: SdkwaWebhookBody;
}

/**
 * Wraps payloads into the webhook envelope and delivers them: to `webhookUrl` (POST JSON, with
 * `Authorization: Bearer <webhookUrlToken>` when a token is set [I: GREEN-API transport]) when one is set,
 * otherwise to the `receiveNotification` queue (GREEN-API behaviour: one channel at a time [I]).
 */
export class SdkwaNotifier {
  readonly #dispatcher: WebhookDispatcher;

  constructor(dispatcher: WebhookDispatcher) {
    this.#dispatcher = dispatcher;
  }

  /** Builds the envelope `{typeWebhook, instanceData, timestamp, …payload}` and routes it. */
  emit(
    target: SdkwaNotificationTarget,
    typeWebhook: string,
    payload: Record<string, unknown>,
    timestamp: number = Math.floor(Date.now() / 1000),
  ): SdkwaEmitOutcome {
    const body: SdkwaWebhookBody = {
      typeWebhook,
      instanceData: { idInstance: target.idInstance, wid: target.settings.wid, typeInstance: target.network },
      timestamp,
      ...payload,
    };
    const switchName = webhookSwitchOf(typeWebhook);
    if (switchName !== undefined && target.settings[switchName] === 'no')
      return { route: 'suppressed', body };
    const url = target.settings.webhookUrl;
    if (url !== '') {
      const token = target.settings.webhookUrlToken;
      this.#dispatcher.send({ url, headers: token === '' ? {} : { authorization: `Bearer ${token}` } }, body);
      return { route: 'webhook', body };
    }
    return { route: 'queue', receiptId: target.notifications.push(body), body };
  }
}
