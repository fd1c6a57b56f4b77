/**
 * The messenger an SDKWA instance is bound to; it is the first path segment of the current URL scheme.
 *
 * @example
 * const network: SdkwaNetwork = 'telegram';
 */
export type SdkwaNetwork = 'whatsapp' | 'telegram';

/**
 * `stateInstance` values: the four documented by the OpenAPI spec plus GREEN-API's `suspended`/`yellowCard`
 * (SDKWA may emit them too [I]); any other string can be set through the control API.
 *
 * @example
 * const state: SdkwaStateInstance = 'notAuthorized';
 */
export type SdkwaStateInstance =
  | 'notAuthorized'
  | 'authorized'
  | 'blocked'
  | 'starting'
  | 'suspended'
  | 'yellowCard'
  | (string & {});

/**
 * Outgoing message statuses of `outgoingMessageStatus` and of journal `statusMessage`.
 *
 * @example
 * const status: SdkwaMessageStatus = 'delivered';
 */
export type SdkwaMessageStatus = 'sent' | 'delivered' | 'read' | 'failed' | 'noAccount' | 'notInGroup';

/**
 * `instanceData` of every webhook body.
 *
 * @example
 * const data: SdkwaInstanceData = { idInstance: 1101000001, wid: '79990000000@c.us', typeInstance: 'whatsapp' };
 */
export interface SdkwaInstanceData {
  /** The instance id; the API URL uses its decimal string. */
  idInstance: number;
  /** The account's own chat id; `''` while not authorized. */
  wid: string;
  /** The messenger, `whatsapp` or `telegram`. */
  typeInstance: SdkwaNetwork;
}

/**
 * A webhook / notification body: the common envelope plus type-specific fields.
 *
 * @example
 * const body: SdkwaWebhookBody = {
 *   typeWebhook: 'stateInstanceChanged',
 *   instanceData: { idInstance: 1101000001, wid: '79990000000@c.us', typeInstance: 'whatsapp' },
 *   timestamp: 1728645400,
 *   stateInstance: 'authorized',
 * };
 */
export interface SdkwaWebhookBody {
  /** Which notification it is (`incomingMessageReceived`, `outgoingMessageStatus`, …). */
  typeWebhook: string;
  /** The instance the notification belongs to. */
  instanceData: SdkwaInstanceData;
  /** Unix seconds. */
  timestamp: number;
  [field: string]: unknown;
}

/**
 * `messageData` of message webhooks: `typeMessage` plus its data key(s).
 *
 * @example
 * const data: SdkwaMessageData = { typeMessage: 'textMessage', textMessageData: { textMessage: 'hi' } };
 */
export interface SdkwaMessageData {
  /** SDKWA's message type; the name of the sibling `…Data` field follows from it. */
  typeMessage: string;
  [field: string]: unknown;
}

/**
 * A JSON object as read from a request body.
 *
 * @example
 * const fields: JsonObject = { chatId: '79001234567@c.us' };
 */
export type JsonObject = Record<string, unknown>;
