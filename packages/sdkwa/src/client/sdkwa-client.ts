import { SdkwaGroupMethods } from './group-methods.js';

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
 */
export class SdkwaClient extends SdkwaGroupMethods {}
