import type { ChatReference, EventBase } from '@switchboard/core';
import { createEventId } from '@switchboard/core/adapter';
import { type GreenApiNetwork, networkFromTypeInstance } from '../green-api-network.js';
import { asIdentifier, asRecord, secondsToMilliseconds } from './field-readers.js';

/**
 * What the parser knows besides the body: the instance and network it was configured for. The body's
 * `instanceData` wins when present.
 *
 * @example
 * ```ts
 * const context: GreenApiNotificationContext = { idInstance: '7103000000', network: 'whatsapp' };
 * ```
 */
export interface GreenApiNotificationContext {
  /** The provider name events carry (default `'green-api'`; SDKWA passes `'sdkwa'`). */
  provider?: string | undefined;
  idInstance?: string | number | undefined;
  network?: GreenApiNetwork | undefined;
}

/**
 * Builds the common part of every event: a stable `id` from the provider-unique `parts`, provider,
 * network, instance, timestamp in milliseconds, chat and the untouched `raw` body.
 *
 * @example
 * ```ts
 * const base = notificationBase(body, context, ['incomingMessageReceived', body.idMessage], chat);
 * ```
 */
export function notificationBase(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
  parts: ReadonlyArray<string | number | undefined>,
  chat: ChatReference,
): EventBase {
  const provider = context.provider ?? 'green-api';
  const instanceData = asRecord(body.instanceData);
  const instanceId = asIdentifier(instanceData.idInstance) ?? asIdentifier(context.idInstance) ?? '';
  const network = networkFromTypeInstance(instanceData.typeInstance) ?? context.network ?? 'whatsapp';
  return {
    id: createEventId([provider, instanceId, ...parts]),
    provider,
    network,
    instanceId,
    timestamp: secondsToMilliseconds(body.timestamp) ?? Date.now(),
    chat,
    raw: body,
  };
}
