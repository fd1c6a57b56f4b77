import type { FaultInjector, QueuedNotification, WebhookDelivery } from '../shared/index.js';
import type { SdkwaInjectedMessage, SdkwaInjectedMessageInput } from './deliver-message.js';
import type { SdkwaChatPreferences } from './sdkwa-chat-book.js';
import type { SdkwaSentRequest } from './sdkwa-instance.js';
import type { SdkwaInstanceSeed } from './sdkwa-instance-registry.js';
import type { SdkwaEmitOutcome } from './sdkwa-notifier.js';
import type { SdkwaRegistrationMethod } from './sdkwa-registration.js';
import type { SdkwaSettings } from './sdkwa-settings.js';
import type {
  SdkwaMessageStatus,
  SdkwaNetwork,
  SdkwaStateInstance,
  SdkwaWebhookBody,
} from './sdkwa-types.js';

/**
 * Credentials and state of one emulated instance.
 *
 * @example
 * const { idInstance, apiTokenInstance } = emulator.instances[0]!;
 */
export interface SdkwaInstanceCredentials {
  /** Numeric, as webhooks and the user API's `createByOrder` give it (the URL uses its decimal string). */
  idInstance: number;
  /** The bearer token of this instance's API. */
  apiTokenInstance: string;
  /** The messenger, which is also the first path segment of the API URL. */
  network: SdkwaNetwork;
}

/**
 * A snapshot of an instance for tests and the CLI.
 *
 * @example
 * control.instance(id).stateInstance; // 'authorized'
 */
export interface SdkwaInstanceSnapshot extends SdkwaInstanceCredentials {
  /** The authorization state `getStateInstance` answers. */
  stateInstance: SdkwaStateInstance;
  /** The linked phone's digits. */
  phone: string;
  /** The settings `getSettings` answers. */
  settings: SdkwaSettings;
  /** Notifications waiting for `receiveNotification`. */
  queuedNotifications: number;
  /** Sends waiting in the outgoing queue. */
  queuedMessages: number;
  /** Whether the user API deleted the instance. */
  deleted: boolean;
}

/**
 * An identifier of an instance: its id as number or string.
 *
 * @example
 * const id: SdkwaInstanceId = '1101000001';
 */
export type SdkwaInstanceId = number | string;

/**
 * The control API of the SDKWA emulator. Every method is also reachable as `POST {url}/__control/{methodName}` with
 * a JSON object of named arguments (`{idInstance, …}`; see the HTTP route table), or `GET` with query parameters for
 * readers. Throws (HTTP: 404) for an unknown instance.
 *
 * @example
 * emulator.control.scanQr(emulator.instances[0]!.idInstance);
 */
export interface SdkwaEmulatorControl {
  /** Faults applied to the next matching requests (never to `/__control`). */
  readonly faults: FaultInjector;
  /** Every instance's credentials. */
  instances(): SdkwaInstanceCredentials[];
  /** A snapshot of one instance. */
  instance(idInstance: SdkwaInstanceId): SdkwaInstanceSnapshot;
  /** Creates another instance (default: WhatsApp, authorized). */
  createInstance(seed?: SdkwaInstanceSeed): SdkwaInstanceCredentials;
  /** Sets `stateInstance` (emits `stateInstanceChanged`); `authorized` links, `notAuthorized` unlinks. */
  setState(idInstance: SdkwaInstanceId, state: SdkwaStateInstance): void;
  /** Links the instance directly (optionally to another phone number). */
  authorize(idInstance: SdkwaInstanceId, options?: { phone?: string }): void;
  /** "Scans" the QR last returned by `qr`; `false` when none was issued or it expired (`qrRefreshMilliseconds`). */
  scanQr(idInstance: SdkwaInstanceId, options?: { phone?: string }): boolean;
  /** The valid link-with-phone-number code (`getAuthorizationCode`/`getPairingCode`), if any. */
  readAuthorizationCode(idInstance: SdkwaInstanceId): string | undefined;
  /** Enters the pairing code "on the phone": links the instance to the code's number; `false` if none is valid. */
  confirmAuthorizationCode(idInstance: SdkwaInstanceId): boolean;
  /** The SMS/voice registration code the emulator "sent", if still valid. */
  readRegistrationCode(idInstance: SdkwaInstanceId):
    | {
        /** The digits to pass to `sendRegistrationCode`. */
        code: string;
        /** The number the code was requested for. */
        phone: string;
        /** Whether it went by SMS or voice call. */
        method: SdkwaRegistrationMethod;
      }
    | undefined;
  /** Makes `requestRegistrationCode` fail with this WhatsApp `reason` (e.g. `blocked`); `undefined` clears it. */
  refuseRegistration(idInstance: SdkwaInstanceId, reason: string | undefined): void;
  /** The Telegram confirmation code sent by `sendConfirmationCode`, if still valid. */
  readConfirmationCode(idInstance: SdkwaInstanceId): string | undefined;
  /** Injects an incoming message of any content type (`incomingMessageReceived`). */
  injectIncomingMessage(idInstance: SdkwaInstanceId, input: SdkwaInjectedMessageInput): SdkwaInjectedMessage;
  /** Injects a message sent from the linked phone (`outgoingMessageReceived`). */
  injectPhoneMessage(idInstance: SdkwaInstanceId, input: SdkwaInjectedMessageInput): SdkwaInjectedMessage;
  /** Injects `outgoingMessageStatus` for a sent message (and updates its journal status); `false` if unknown. */
  setMessageStatus(idInstance: SdkwaInstanceId, idMessage: string, status: SdkwaMessageStatus): boolean;
  /** Injects `statusInstanceChanged` (socket status such as `online`/`offline`) [I]. */
  setStatusInstance(idInstance: SdkwaInstanceId, statusInstance: string): SdkwaEmitOutcome;
  /** Injects `deviceInfo` (default: the reference's sample device). */
  injectDeviceInfo(idInstance: SdkwaInstanceId, deviceData?: Record<string, unknown>): SdkwaEmitOutcome;
  /** Injects GREEN-API's `incomingCall` [I] (`status` default `offer`). */
  injectIncomingCall(idInstance: SdkwaInstanceId, call: { from: string; status?: string }): SdkwaEmitOutcome;
  /** Injects any notification: the envelope is added around `payload`. */
  injectNotification(
    idInstance: SdkwaInstanceId,
    typeWebhook: string,
    payload?: Record<string, unknown>,
  ): SdkwaEmitOutcome;
  /** Decoded send requests, in arrival order. */
  sentMessages(idInstance: SdkwaInstanceId): SdkwaSentRequest[];
  /** Notifications waiting in the `receiveNotification` queue. */
  queuedNotifications(idInstance: SdkwaInstanceId): QueuedNotification<SdkwaWebhookBody>[];
  /** Every webhook delivery attempt so far. */
  webhookDeliveries(): WebhookDelivery[];
  /** Resolves when no webhook is pending (delivered or given up). */
  webhooksIdle(): Promise<void>;
  /** Whether a number has WhatsApp (affects `checkWhatsapp`, `getAvatar`, sending → `noAccount`). */
  setWhatsappExists(phone: string, exists: boolean): void;
  /** Sets the display name of a chat. */
  setChatName(chatId: string, name: string): void;
  /** Mutes a chat or sets its disappearing-messages timer, as on the phone (shown by `getContactInfo`). */
  setChatPreferences(idInstance: SdkwaInstanceId, chatId: string, preferences: SdkwaChatPreferences): void;
  /** The user's balance for `createByOrder`/`extendByOrder`. */
  setBalance(amount: number): void;
}
