import type { MessengerEvent } from '@switchboard/core';
import { mapGreenApiNotificationSafely } from '@switchboard/green-api-protocol';
import type { SdkwaNetwork } from '../sdkwa-network.js';
import { sdkwaProvider } from '../sdkwa-provider.js';

/**
 * What the notification parser knows besides the body: the instance and network it was configured
 * for. They win over the body's `instanceData`, which only fills in what is not configured.
 */
export interface SdkwaNotificationContext {
  /** The configured instance id; wins over `instanceData.idInstance`. */
  idInstance?: string | number | undefined;
  /** The configured network; wins over `instanceData.typeInstance`. */
  network?: SdkwaNetwork | undefined;
}

/**
 * Maps an SDKWA notification body (the GREEN-API format) to a core event with `provider: 'sdkwa'`
 * through the shared `@switchboard/green-api-protocol` mapping. Total: a body that makes the mapping
 * throw becomes an `unknown` event whose id is a stable hash of the body.
 */
export function mapSdkwaNotification(body: unknown, context: SdkwaNotificationContext): MessengerEvent {
  return mapGreenApiNotificationSafely(body, { ...context, provider: sdkwaProvider });
}
