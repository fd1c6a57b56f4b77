import type { MessengerEvent, MessengerEventOf } from '@switchboard/core';
import { hashPayload, limitNesting, ownValue } from '@switchboard/core/adapter';
import { asIdentifier, asNumber, asRecord, asString, asText } from './field-readers.js';
import { mapChatReference } from './map-chat-reference.js';
import { isMessageWebhook, mapMessageNotification } from './map-message-notification.js';
import { mapMessageStatus } from './map-message-status.js';
import { mapSessionState } from './map-session-state.js';
import { type GreenApiNotificationContext, notificationBase } from './notification-base.js';

const callStatuses: Readonly<Record<string, MessengerEventOf<'call-received'>['status']>> = {
  offer: 'offered',
  pickUp: 'accepted',
  hangUp: 'ended',
  missed: 'missed',
  declined: 'rejected',
};

/**
 * Maps one GREEN-API notification body (a webhook body or the `body` of `receiveNotification`) to a core
 * event. Total: it never throws; anything it cannot map becomes an `unknown` event with the body in
 * `raw` and a `reason`.
 */
export function mapGreenApiNotification(body: unknown, context: GreenApiNotificationContext): MessengerEvent {
  const record = asRecord(body);
  const typeWebhook = asString(record.typeWebhook) ?? '';
  const mapped = mapKnownNotification(typeWebhook, record, context);
  if (mapped !== undefined) return mapped;
  const known = typeWebhook === '' ? false : knownWebhooks.has(typeWebhook);
  const reason =
    typeof body !== 'object' || body === null || Array.isArray(body)
      ? 'the notification body is not an object'
      : known
        ? `invalid ${typeWebhook} payload`
        : typeWebhook === ''
          ? 'the notification has no typeWebhook'
          : `no core event for typeWebhook ${typeWebhook}`;
  return unknownEvent(record, body, context, typeWebhook, reason);
}

const knownWebhooks = new Set([
  'incomingMessageReceived',
  'outgoingMessageReceived',
  'outgoingAPIMessageReceived',
  'outgoingMessageStatus',
  'stateInstanceChanged',
  'statusInstanceChanged',
  'incomingCall',
  'quotaExceeded',
]);

function mapKnownNotification(
  typeWebhook: string,
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent | undefined {
  if (isMessageWebhook(typeWebhook)) return mapMessageNotification(body, context);
  switch (typeWebhook) {
    case 'outgoingMessageStatus':
      return mapStatusNotification(body, context);
    case 'stateInstanceChanged':
      return mapStateNotification(body, context);
    case 'statusInstanceChanged':
      return mapConnectionNotification(body, context);
    case 'incomingCall':
      return mapCallNotification(body, context);
    case 'quotaExceeded':
      return mapQuotaNotification(body, context);
    default:
      return undefined;
  }
}

function mapStatusNotification(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent | undefined {
  const idMessage = asText(body.idMessage);
  const providerStatus = asString(body.status);
  const status = mapMessageStatus(providerStatus);
  if (idMessage === undefined || status === undefined) return undefined;
  const chat = mapChatReference(asIdentifier(body.chatId));
  const base = notificationBase(body, context, ['outgoingMessageStatus', idMessage, providerStatus], chat);
  const description = asText(body.description);
  return {
    ...base,
    type: 'message-status-updated',
    messageId: idMessage,
    status,
    ...(description === undefined ? {} : { description }),
  };
}

/** The base of an account-level notification: the account's own chat, the id from its kind, time and value. */
function accountNotificationBase(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
  [kind, value]: [string, string | undefined],
) {
  const chat = mapChatReference(asIdentifier(asRecord(body.instanceData).wid));
  return notificationBase(body, context, [kind, asNumber(body.timestamp), value], chat);
}

function mapStateNotification(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent | undefined {
  const stateInstance = asText(body.stateInstance);
  if (stateInstance === undefined) return undefined;
  const base = accountNotificationBase(body, context, ['stateInstanceChanged', stateInstance]);
  return {
    ...base,
    type: 'session-state-changed',
    state: mapSessionState(stateInstance),
    providerState: stateInstance,
  };
}

function mapConnectionNotification(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent | undefined {
  const statusInstance = asText(body.statusInstance);
  if (statusInstance !== 'online' && statusInstance !== 'offline') return undefined;
  const base = accountNotificationBase(body, context, ['statusInstanceChanged', statusInstance]);
  return { ...base, type: 'session-connection-changed', connection: statusInstance };
}

function mapCallNotification(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent | undefined {
  const from = asIdentifier(body.from);
  const idMessage = asText(body.idMessage);
  if (from === undefined || idMessage === undefined) return undefined;
  const providerStatus = asString(body.status) ?? '';
  const chat = mapChatReference(from);
  const base = notificationBase(body, context, ['incomingCall', idMessage, providerStatus], chat);
  return {
    ...base,
    type: 'call-received',
    callId: idMessage,
    from: chat.id,
    status: ownValue(callStatuses, providerStatus) ?? 'unknown',
  };
}

function mapQuotaNotification(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
): MessengerEvent {
  const quota = asRecord(body.quotaData);
  const method = asText(quota.method);
  const used = asNumber(quota.used);
  const total = asNumber(quota.total);
  const description = asText(quota.description);
  const base = accountNotificationBase(body, context, ['quotaExceeded', method]);
  return {
    ...base,
    type: 'quota-exceeded',
    ...(method === undefined ? {} : { method }),
    ...(used === undefined ? {} : { used }),
    ...(total === undefined ? {} : { total }),
    ...(description === undefined ? {} : { description }),
  };
}

function unknownEvent(
  record: Record<string, unknown>,
  body: unknown,
  context: GreenApiNotificationContext,
  typeWebhook: string,
  reason: string,
): MessengerEvent {
  const chatId = asIdentifier(record.chatId) ?? asIdentifier(asRecord(record.senderData).chatId);
  const parts = [
    typeWebhook === '' ? 'unknown' : typeWebhook,
    asText(record.idMessage) ?? asNumber(record.timestamp),
  ];
  const base = notificationBase(record, context, [...parts, hashPayload(body)], mapChatReference(chatId));
  return {
    ...base,
    raw: limitNesting(body),
    type: 'unknown',
    ...(typeWebhook === '' ? {} : { providerType: typeWebhook }),
    reason,
  };
}
