import type { ChatReference, EventBase } from '@switchboard/core';
import { createEventId, limitNesting } from '@switchboard/core/adapter';
import { type GreenApiNetwork, networkFromTypeInstance } from '../green-api-network.js';
import { asIdentifier, asRecord, secondsToMilliseconds } from './field-readers.js';

/**
 * What the parser knows besides the body: the instance and network it was configured for. They win
 * over the body's `instanceData` (which only fills in what is not configured): an event belongs to the
 * instance that received it, never to one the body names.
 */
export interface GreenApiNotificationContext {
  /** The provider name events carry (default `'green-api'`; SDKWA passes `'sdkwa'`). */
  provider?: string | undefined;
  /** The configured instance id; wins over the body's `instanceData.idInstance`. */
  idInstance?: string | number | undefined;
  /** The configured network; wins over the body's `instanceData.typeInstance`. */
  network?: GreenApiNetwork | undefined;
}

/**
 * Builds the common part of every event: a stable `id` from the provider-unique `parts`, provider,
 * network, instance, timestamp in milliseconds, chat and the untouched `raw` body.
 */
export function notificationBase(
  body: Record<string, unknown>,
  context: GreenApiNotificationContext,
  parts: ReadonlyArray<string | number | undefined>,
  chat: ChatReference,
): EventBase {
  const provider = context.provider ?? 'green-api';
  const instanceData = asRecord(body.instanceData);
  // The configured (authenticating) instance wins over whatever the body claims.
  const instanceId = asIdentifier(context.idInstance) ?? asIdentifier(instanceData.idInstance) ?? '';
  const network = networkFromTypeInstance(instanceData.typeInstance) ?? context.network ?? 'whatsapp';
  return {
    id: createEventId([provider, instanceId, ...parts]),
    provider,
    network,
    instanceId,
    timestamp: secondsToMilliseconds(body.timestamp) ?? Date.now(),
    chat,
    raw: limitNesting(body),
  };
}
