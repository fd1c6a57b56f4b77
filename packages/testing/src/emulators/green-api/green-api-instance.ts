import { TimerSet } from '../shared/index.js';
import { AuthorizationFlow } from './authorization-flow.js';
import { ContactDirectory } from './contact-directory.js';
import type { GreenApiEmulatorTimings } from './green-api-emulator-options.js';
import type {
  GreenApiInstanceData,
  GreenApiNotificationBody,
  GreenApiOutgoingStatus,
  GreenApiSettings,
  GreenApiStateInstance,
  GreenApiTypeInstance,
  GreenApiWebhookSetting,
  GreenApiWritableSettings,
  JsonObject,
} from './green-api-types.js';
import { GroupStore } from './group-store.js';
import { MessageIdFactory } from './message-id-factory.js';
import { MessageJournal } from './message-journal.js';
import { networkRules } from './network-rules.js';
import { NotificationFactory } from './notification-factory.js';
import { NotificationOutbox } from './notification-outbox.js';
import { OutgoingQueue } from './outgoing-queue.js';
import { QuotaMeter } from './quota-meter.js';

/**
 * A message accepted by a send method, as `control.sentMessages()` reports it.
 *
 * @example
 * const [first] = emulator.control.sentMessages(id);
 * first?.body.message;
 */
export interface GreenApiSentMessage {
  /** The id the send method answered with. */
  idMessage: string;
  /** Canonical method name (`sendMessage`, `sendFileByUpload`…). */
  method: string;
  /** The recipient as the request named it. */
  chatId: string;
  /** The decoded request (JSON body, or form fields for uploads). */
  body: JsonObject;
  /** The latest outgoing status: `sent`, then `delivered`/`read`, or a failure. */
  status: GreenApiOutgoingStatus;
  /** Why the send failed (the status notification's `description`); absent on success. */
  description?: string;
  /** Uploaded/linked file, for file sends. */
  file?: {
    /** The file name the request gave (`fileName` field). */
    fileName: string;
    /** The type the emulator took from the upload or the file name. */
    mimeType: string;
    /** Bytes; 0 for a file sent by URL, which the emulator does not download. */
    size: number;
    /** The URL sent by `sendFileByUrl`, or the media host URL an upload answered with. */
    urlFile: string;
  };
  /** Epoch milliseconds when the request was queued. */
  acceptedAt: number;
  /** Epoch milliseconds when the outgoing queue sent it; absent while queued. */
  sentAt?: number;
}

/** Everything needed to build an instance. */
export interface GreenApiInstanceInit {
  idInstance: number;
  apiTokenInstance: string;
  typeInstance: GreenApiTypeInstance;
  state: GreenApiStateInstance;
  phone: string;
  name: string;
  settings: GreenApiSettings;
  twoFactorPassword: string | undefined;
  timings: GreenApiEmulatorTimings;
  random: () => number;
}

/**
 * One GREEN-API instance: credentials, state, settings and all its stores (queues, journal, contacts, groups).
 */
export class GreenApiInstance {
  readonly idInstance: number;
  apiTokenInstance: string;
  readonly typeInstance: GreenApiTypeInstance;
  readonly name: string;
  readonly timeCreated = new Date();
  timeDeleted: Date | undefined;
  state: GreenApiStateInstance;
  statusInstance: 'online' | 'offline' = 'online';
  phone: string;
  /** Telegram/MAX numeric account id (the `wid` once authorized). */
  readonly accountId: string;
  settings: GreenApiSettings;
  lastWebhooksClear = Number.NEGATIVE_INFINITY;
  readonly timings: GreenApiEmulatorTimings;
  readonly random: () => number;
  readonly outbox: NotificationOutbox;
  readonly factory: NotificationFactory;
  readonly outgoing: OutgoingQueue;
  readonly journal = new MessageJournal();
  readonly directory = new ContactDirectory();
  readonly groups: GroupStore;
  readonly auth: AuthorizationFlow;
  readonly quota = new QuotaMeter();
  readonly ids: MessageIdFactory;
  readonly sent: GreenApiSentMessage[] = [];
  readonly sentById = new Map<string, GreenApiSentMessage>();
  /** `messageData` of every journalled message, for forwarding and quoting. */
  readonly messageDataById = new Map<string, JsonObject>();
  readonly readMarks: Array<{ chatId: string; idMessage?: string }> = [];
  readonly #timers = new TimerSet();

  constructor(init: GreenApiInstanceInit) {
    this.idInstance = init.idInstance;
    this.apiTokenInstance = init.apiTokenInstance;
    this.typeInstance = init.typeInstance;
    this.name = init.name;
    this.state = init.state;
    this.phone = init.phone;
    this.timings = init.timings;
    this.random = init.random;
    this.accountId = String(10_000_000 + Math.floor(init.random() * 89_999_999));
    this.settings = init.settings;
    this.ids = new MessageIdFactory(init.typeInstance, init.random);
    this.groups = new GroupStore(init.typeInstance, init.random);
    this.outbox = new NotificationOutbox(() => this.settings, init.timings);
    this.factory = new NotificationFactory(() => this.instanceData());
    this.outgoing = new OutgoingQueue({
      delayMilliseconds: () => this.settings.delaySendMessagesMilliseconds * this.timings.sendDelayScale,
      canSend: () => this.isReady(),
    });
    this.auth = new AuthorizationFlow(this, init.timings, init.random);
    this.auth.twoFactorPassword = init.twoFactorPassword;
    this.#syncWid();
  }

  /** Own chat id: `…@c.us` on WhatsApp, the numeric account id on Telegram/MAX, `""` when not logged in. */
  get wid(): string {
    return this.settings.wid;
  }

  /** Whether the account is logged in and able to talk to the messenger. */
  isReady(): boolean {
    return this.state === 'authorized' || this.state === 'yellowCard';
  }

  /** `instanceData` of notifications. */
  instanceData(): GreenApiInstanceData {
    return { idInstance: this.idInstance, wid: this.wid, typeInstance: this.typeInstance };
  }

  /** Publishes a notification when its setting is `"yes"` (or when it has no gate). */
  emit(body: GreenApiNotificationBody, gate?: GreenApiWebhookSetting): boolean {
    if (gate !== undefined && this.settings[gate] !== 'yes') return false;
    this.outbox.publish(body);
    return true;
  }

  /** Moves to a state, notifies (`stateWebhook`) and lets the outgoing queue run when authorized. */
  changeState(state: GreenApiStateInstance): void {
    if (this.state === state) return;
    this.state = state;
    this.#syncWid();
    this.emit(this.factory.stateInstanceChanged(state), 'stateWebhook');
    this.outgoing.resume();
  }

  /** Logs in with an optional own phone number. */
  authorize(phone: string | undefined): void {
    if (phone !== undefined && phone !== '') this.phone = phone;
    this.auth.reset();
    this.changeState('authorized');
  }

  /** `logout`: back to `notAuthorized`. */
  logout(): void {
    this.auth.reset();
    this.changeState('notAuthorized');
  }

  /**
   * `reboot` (also after setSettings): a `starting` phase of `timings.startingMilliseconds`, then the previous state.
   */
  reboot(): void {
    if (this.timings.startingMilliseconds <= 0 || this.state === 'starting') return;
    const previous = this.state;
    this.changeState('starting');
    this.later(this.timings.startingMilliseconds, () => {
      if (this.state === 'starting') this.changeState(previous);
    });
  }

  /** Applies a validated settings patch. */
  applySettings(patch: GreenApiWritableSettings): void {
    this.settings = { ...this.settings, ...patch };
    this.outbox.settingsChanged();
    this.outgoing.resume();
  }

  /** Runs `action` after a pause; the timer is cancelled by `close()`. */
  later(milliseconds: number, action: () => void): void {
    this.#timers.after(milliseconds, action);
  }

  /** Display name of a chat for `senderData.chatName`. */
  chatName(chatId: string): string {
    return this.groups.get(chatId)?.subject ?? this.directory.get(chatId)?.name ?? '';
  }

  /** Stops timers, queues and webhook pushes. */
  close(): void {
    this.#timers.clear();
    this.outgoing.close();
    this.outbox.close();
  }

  #syncWid(): void {
    const loggedIn =
      this.isReady() || this.state === 'blocked' || this.state === 'suspended' || this.state === 'sleepMode';
    const wid = loggedIn ? networkRules.widForPhone(this.typeInstance, this.phone, this.accountId) : '';
    this.settings = { ...this.settings, wid };
  }
}
