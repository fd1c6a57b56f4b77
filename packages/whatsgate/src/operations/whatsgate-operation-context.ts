import type { WhatsgateClient } from '../client/whatsgate-client.js';
import type { ResolvedWhatsgateReceivingOptions } from '../whatsgate-account-options.js';

/**
 * What the contract operations of one session share: the raw client bound to the session, its id
 * and the receiving options.
 */
export interface WhatsgateOperationContext {
  readonly client: WhatsgateClient;
  readonly whatsappId: string;
  readonly receiving: ResolvedWhatsgateReceivingOptions;
}
