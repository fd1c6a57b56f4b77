import type { TransportOptions } from '@switchboard/core';
import type { MediaDownloadOptions, Redactor } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '../green-api-network.js';
import type { BearerWebhookLimits } from '../webhook/bearer-webhook-limits.js';
import type { BearerWebhookVerification } from '../webhook/verify-bearer-webhook.js';

/** The validated options every GREEN-API-family messenger is built from. */
export interface ResolvedGreenApiFamilyMessengerOptions<Network extends GreenApiNetwork = GreenApiNetwork>
  extends TransportOptions,
    MediaDownloadOptions,
    BearerWebhookVerification,
    BearerWebhookLimits {
  /** The instance's network. */
  network: Network;
  /** The instance id. */
  idInstance: string;
  /** Holds the instance's secrets. */
  redactor: Redactor;
}
