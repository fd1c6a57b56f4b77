import type { GreenApiFamilyOperationContext, GreenApiNetwork } from '@switchboard/green-api-protocol';
import type { GreenApiClient } from '../client/green-api-client.js';

/** What every operation group is built from: the raw client and the messenger's configuration. */
export type GreenApiOperationContext = GreenApiFamilyOperationContext<GreenApiClient, GreenApiNetwork>;
