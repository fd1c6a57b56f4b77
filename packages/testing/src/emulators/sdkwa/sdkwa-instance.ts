import { NotificationQueue } from '../shared/index.js';
import { SdkwaChatBook } from './sdkwa-chat-book.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import { SdkwaGroups } from './sdkwa-groups.js';
import { SdkwaJournal } from './sdkwa-journal.js';
import { SdkwaOutbox } from './sdkwa-outbox.js';
import { SdkwaRegistration } from './sdkwa-registration.js';
import type { SdkwaSettings } from './sdkwa-settings.js';
import { randomCode, SdkwaTimedCode } from './sdkwa-timed-code.js';
import type { SdkwaNetwork, SdkwaStateInstance, SdkwaWebhookBody } from './sdkwa-types.js';

/**
 * A send request as the emulator decoded it (what `control.sentMessages()` returns), in arrival order.
 *
 * @example
 * const sent: SdkwaSentRequest = { method: 'sendMessage', idMessage: '3EB0…', chatId: '79001234567@c.us',
 *   body: { chatId: '79001234567@c.us', message: 'hi' }, receivedAt: Date.now() };
 */
export interface SdkwaSentRequest {
  /** The API method called (`sendMessage`, `sendFileByUpload`, …). */
  method: string;
  /** The id the send answered with. */
  idMessage: string;
  /** The recipient as the request named it. */
  chatId: string;
  /** JSON body, or the text fields of a multipart body. */
  body: Record<string, unknown>;
  /** Uploaded file of `sendFileByUpload`. */
  file?: {
    /** The file name the request gave. */
    fileName: string;
    /** The type taken from the upload or the file name. */
    mimeType: string;
    /** Bytes; 0 for a file sent by URL, which the emulator does not download. */
    size: number;
    /** The URL sent by `sendFileByUrl`, or where the upload is served. */
    url: string;
  };
  /** Epoch milliseconds when the emulator accepted the request. */
  receivedAt: number;
}

/**
 * Account-level (user API) data of an instance.
 *
 * @example
 * instance.account.tariff; // 'DEVELOPER'
 */
export interface SdkwaInstanceAccount {
  /** The instance's display name in the user API. */
  name: string;
  /** The plan, e.g. `DEVELOPER`, `BUSINESS`, `UNLIMITED`. */
  tariff: string;
  /** ISO 8601 creation time. */
  timeCreated: string;
  /** Whether the instance was deleted. */
  deleted: boolean;
  /** ISO 8601 deletion time; `null` while alive. */
  timeDeleted: string | null;
  /** ISO 8601 end of the paid period; `null` for an unlimited plan. */
  expirationDate: string | null;
  /** `STABLE` or `LATEST`. */
  releaseType: string;
}

/** How an instance starts. */
export interface SdkwaInstanceInit {
  idInstance: number;
  apiTokenInstance: string;
  network: SdkwaNetwork;
  /** The number the instance is (or becomes, when linked by QR) linked to. */
  phone: string;
  state: SdkwaStateInstance;
  settings: SdkwaSettings;
  account?: Partial<SdkwaInstanceAccount>;
}

/**
 * One emulated SDKWA instance: settings, the authorization state machine (QR, pairing code, SMS/voice
 * registration, Telegram confirmation code), notification queue, send queue, journal, chats and groups.
 * Every state change emits `stateInstanceChanged`.
 */
export class SdkwaInstance {
  readonly idInstance: number;
  readonly apiTokenInstance: string;
  readonly network: SdkwaNetwork;
  readonly settings: SdkwaSettings;
  readonly notifications = new NotificationQueue<SdkwaWebhookBody>();
  readonly journal = new SdkwaJournal();
  readonly groups = new SdkwaGroups();
  readonly chats = new SdkwaChatBook();
  readonly outbox: SdkwaOutbox;
  readonly registration: SdkwaRegistration;
  readonly pairingCode: SdkwaTimedCode;
  readonly confirmationCode: SdkwaTimedCode;
  readonly sentRequests: SdkwaSentRequest[] = [];
  readonly profile = { name: '', status: '', urlAvatar: '' };
  readonly account: SdkwaInstanceAccount;
  /** The last QR handed out by `qr` (content and time), used by `control.scanQr`. */
  qr: { content: string; issuedAt: number } | undefined;
  phone: string;
  readonly #context: SdkwaEmulatorContext;
  #state: SdkwaStateInstance = 'notAuthorized';
  #hasAuth = false;
  #stateBeforeReboot: SdkwaStateInstance | undefined;
  #rebootTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(init: SdkwaInstanceInit, context: SdkwaEmulatorContext) {
    this.idInstance = init.idInstance;
    this.apiTokenInstance = init.apiTokenInstance;
    this.network = init.network;
    this.settings = init.settings;
    this.phone = init.phone;
    this.#context = context;
    const { timings, ids, fixedCode } = context;
    this.outbox = new SdkwaOutbox(this, context);
    this.registration = new SdkwaRegistration(
      {
        smsWaitMilliseconds: timings.smsWaitMilliseconds,
        voiceWaitMilliseconds: timings.voiceWaitMilliseconds,
        codeTtlMilliseconds: timings.registrationCodeTtlMilliseconds,
      },
      () => fixedCode ?? ids.numeric(6),
    );
    this.pairingCode = new SdkwaTimedCode(timings.authorizationCodeTtlMilliseconds, () =>
      randomCode(8, 'ABCDEFGHJKLMNPQRSTVWXYZ0123456789', ids.random),
    );
    this.confirmationCode = new SdkwaTimedCode(
      timings.confirmationCodeTtlMilliseconds,
      () => fixedCode ?? ids.numeric(5),
    );
    this.account = {
      name: '',
      tariff: 'DEVELOPER',
      timeCreated: new Date().toISOString(),
      deleted: false,
      timeDeleted: null,
      expirationDate: null,
      releaseType: 'STABLE',
      ...init.account,
    };
    this.#applyState(init.state, false);
  }

  /** The current `stateInstance`. */
  get state(): SdkwaStateInstance {
    return this.#state;
  }

  /**
   * Whether the instance holds a WhatsApp/Telegram session (authorized, or temporarily starting/blocked with one).
   */
  get hasAuth(): boolean {
    return this.#hasAuth;
  }

  /**
   * Sets the state and emits `stateInstanceChanged` when it changed. `authorized` links the instance (sets `wid`),
   * `notAuthorized` unlinks it; other states keep the session.
   */
  setState(state: SdkwaStateInstance): void {
    this.#applyState(state, true);
  }

  /** Links the instance to a number (QR scanned, pairing code entered, registration code accepted…). */
  authorize(phone: string = this.phone, typeAccount?: string): void {
    this.phone = phone;
    if (typeAccount !== undefined) this.settings.typeAccount = typeAccount;
    this.#cancelReboot();
    this.#applyState('authorized', true);
  }

  /** Drops the session (`logout`). */
  logout(): void {
    this.#cancelReboot();
    this.qr = undefined;
    this.pairingCode.clear();
    this.#applyState('notAuthorized', true);
  }

  /** `starting` for `rebootMilliseconds`, then back to the previous state. */
  reboot(): void {
    this.#stateBeforeReboot ??= this.#state === 'starting' ? 'notAuthorized' : this.#state;
    this.#cancelReboot();
    this.#applyState('starting', true);
    this.#rebootTimer = setTimeout(() => {
      this.#rebootTimer = undefined;
      const previous = this.#stateBeforeReboot ?? 'notAuthorized';
      this.#stateBeforeReboot = undefined;
      this.#applyState(previous, true);
    }, this.#context.timings.rebootMilliseconds);
  }

  /** The `instanceData.wid` form of a phone number on this network. */
  widOf(phone: string): string {
    return this.network === 'whatsapp' ? `${phone}@c.us` : phone;
  }

  /** Stops timers and releases long-poll waiters. */
  close(): void {
    this.#cancelReboot();
    this.outbox.close();
    this.notifications.close();
  }

  #cancelReboot(): void {
    if (this.#rebootTimer !== undefined) clearTimeout(this.#rebootTimer);
    this.#rebootTimer = undefined;
  }

  #applyState(state: SdkwaStateInstance, emit: boolean): void {
    if (state === 'authorized') {
      this.#hasAuth = true;
      this.settings.wid = this.widOf(this.phone);
      this.qr = undefined;
    } else if (state === 'notAuthorized') {
      this.#hasAuth = false;
      this.#stateBeforeReboot = undefined;
      this.settings.wid = '';
    }
    const changed = state !== this.#state;
    this.#state = state;
    if (emit && changed) this.#context.notifier.emit(this, 'stateInstanceChanged', { stateInstance: state });
    if (state === 'authorized') this.outbox.kick();
  }
}
