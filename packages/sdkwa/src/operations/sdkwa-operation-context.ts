import type { GreenApiFamilyOperationContext } from '@switchboard/green-api-protocol';
import type { SdkwaClient } from '../client/sdkwa-client.js';
import type { SdkwaNetwork } from '../sdkwa-network.js';

/** What every operation group is built from: the raw client, its transport and the messenger's configuration. */
export type SdkwaOperationContext = GreenApiFamilyOperationContext<SdkwaClient, SdkwaNetwork>;
