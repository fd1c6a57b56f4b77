import { greenApiAccountMethods } from './account-methods.js';
import {
  createGreenApiClientCore,
  type GreenApiClientCore,
  type GreenApiClientOptions,
} from './green-api-client-core.js';
import { greenApiGroupMethods } from './group-methods.js';
import { greenApiQueueMethods } from './queue-methods.js';
import { greenApiReceivingMethods } from './receiving-methods.js';
import { greenApiSendingMethods } from './sending-methods.js';
import { greenApiServiceMethods } from './service-methods.js';
import { greenApiStatusMethods } from './status-methods.js';

const greenApiMethods = joinGreenApiMethods();

// @__NO_SIDE_EFFECTS__
function joinGreenApiMethods() {
  return Object.freeze({
    ...greenApiAccountMethods,
    ...greenApiSendingMethods,
    ...greenApiReceivingMethods,
    ...greenApiQueueMethods,
    ...greenApiGroupMethods,
    ...greenApiServiceMethods,
    ...greenApiStatusMethods,
  });
}

/**
 * The typed raw GREEN-API client (`messenger.raw`): one method per instance API method of WhatsApp,
 * Telegram and MAX, with provider-shaped inputs and outputs checked by loose schemas, plus `call()` for
 * anything newer. Errors are `MessengerError`s with the token redacted; GREEN-API's HTTP-200 errors are
 * detected. Group methods take `groupId` and send it as the network expects.
 *
 * @example
 * ```ts
 * const messenger = createGreenApiMessenger({ network: 'whatsapp', idInstance, apiTokenInstance });
 * await messenger.raw.setDisappearingChat({ chatId: '79001234567@c.us', ephemeralExpiration: 86400 });
 * await messenger.raw.archiveChat({ chatId: '79001234567@c.us' });
 * ```
 *
 * @useDeclaredType
 */
export type GreenApiClient = GreenApiClientCore & typeof greenApiMethods;

/**
 * Joins the method modules over one client core; the methods live once, on the prototype.
 *
 * @example
 * ```ts
 * const client = createGreenApiClient({ network: 'whatsapp', idInstance, apiTokenInstance, transport });
 * ```
 */
export function createGreenApiClient(options: GreenApiClientOptions): GreenApiClient {
  return Object.assign(Object.create(greenApiMethods), createGreenApiClientCore(options));
}
