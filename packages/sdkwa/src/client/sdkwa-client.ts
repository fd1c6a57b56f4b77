import { sdkwaAccountMethods } from './account-methods.js';
import { sdkwaAuthorizationMethods } from './authorization-methods.js';
import { sdkwaChatMethods } from './chat-methods.js';
import { sdkwaGroupMethods } from './group-methods.js';
import { sdkwaJournalMethods } from './journal-methods.js';
import { sdkwaReceivingMethods } from './receiving-methods.js';
import { createSdkwaClientCore, type SdkwaClientCore, type SdkwaClientOptions } from './sdkwa-client-core.js';
import { sdkwaSendingMethods } from './sending-methods.js';

const sdkwaMethods = joinSdkwaMethods();

// @__NO_SIDE_EFFECTS__
function joinSdkwaMethods() {
  return Object.freeze({
    ...sdkwaAuthorizationMethods,
    ...sdkwaAccountMethods,
    ...sdkwaSendingMethods,
    ...sdkwaReceivingMethods,
    ...sdkwaJournalMethods,
    ...sdkwaChatMethods,
    ...sdkwaGroupMethods,
  });
}

/**
 * The typed raw SDKWA client (`messenger.raw`): one method per SDKWA instance method (authorization
 * by QR, pairing code and SMS/voice registration, Telegram sign-in, settings, profile, sending,
 * receiving, journals, queue, chats, contacts, groups), with provider-shaped inputs and outputs checked
 * by loose schemas, plus `call()` for anything newer. Requests go to `{host}/{network}/{idInstance}/
 * {method}` with `Authorization: Bearer <apiTokenInstance>`; errors are `MessengerError`s with the token
 * redacted, and SDKWA's HTTP-200 failures are detected.
 *
 * @example
 * ```ts
 * const messenger = createSdkwaMessenger({ network: 'whatsapp', idInstance, apiTokenInstance });
 * const status = await messenger.raw.getWarmingPhoneStatus();
 * await messenger.raw.archiveChat({ chatId: '79001234567@c.us' });
 * ```
 *
 * @useDeclaredType
 */
export type SdkwaClient = SdkwaClientCore & typeof sdkwaMethods;

/**
 * Joins the method modules over one client core; the methods live once, on the prototype.
 *
 * @example
 * ```ts
 * const client = createSdkwaClient({ network: 'whatsapp', idInstance: '1101000001', transport });
 * ```
 */
export function createSdkwaClient(options: SdkwaClientOptions): SdkwaClient {
  return Object.assign(Object.create(sdkwaMethods), createSdkwaClientCore(options));
}
