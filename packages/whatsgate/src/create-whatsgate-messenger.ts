import type { Messenger } from '@switchboard/core';
import { buildWhatsgateMessenger } from './build-whatsgate-messenger.js';
import { createWhatsgateClient } from './client/create-whatsgate-client.js';
import type { WhatsgateClient } from './client/whatsgate-client.js';
import {
  resolveWhatsgateMessengerOptions,
  type WhatsgateMessengerOptions,
} from './whatsgate-messenger-options.js';

/**
 * Creates the messenger of one Whatsgate session (`WhatsappID`) with the account API key. For several
 * sessions of one account, `createWhatsgateAccount` shares one client and cursor store.
 *
 * @example
 * ```ts
 * import { createWhatsgateMessenger } from '@switchboard/whatsgate';
 *
 * const messenger = createWhatsgateMessenger({ apiKey: process.env.WHATSGATE_API_KEY!, whatsappId: '67506a033c2f8' });
 * await messenger.sendText({ phone: '79991112233' }, 'Sent from Switchboard');
 * ```
 */
export function createWhatsgateMessenger(options: WhatsgateMessengerOptions): Messenger<WhatsgateClient> {
  const { whatsappId, account } = resolveWhatsgateMessengerOptions(options);
  return buildWhatsgateMessenger(createWhatsgateClient(account), whatsappId, account.receiving);
}
