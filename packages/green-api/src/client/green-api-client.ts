import { GreenApiStatusMethods } from './status-methods.js';

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
 */
export class GreenApiClient extends GreenApiStatusMethods {}
