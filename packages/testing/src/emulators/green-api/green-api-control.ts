import type {
  EmulatorFault,
  FaultCondition,
  FaultInjector,
  QueuedNotification,
  WebhookDelivery,
} from '../shared/index.js';
import type { GreenApiContact } from './contact-directory.js';
import type { GreenApiInstanceOptions } from './green-api-emulator-options.js';
import type { GreenApiSentMessage } from './green-api-instance.js';
import type {
  GreenApiNotificationBody,
  GreenApiOutgoingStatus,
  GreenApiSettings,
  GreenApiStateInstance,
  GreenApiWritableSettings,
} from './green-api-types.js';
import type { GreenApiGroupInput } from './group-store.js';
import { type GreenApiInjection, injectIncomingMessage } from './incoming-injector.js';
import type { GreenApiIncomingMessageInput } from './incoming-message-input.js';
import type { GreenApiEmulatorInstance, InstanceRegistry } from './instance-registry.js';
import { parseSettingsPatch } from './instance-settings.js';
import type { MediaStore } from './media-store.js';
import { setOutgoingStatus } from './outgoing-delivery.js';
import type { GreenApiQuota } from './quota-meter.js';

/**
 * Test-side control of a running GREEN-API emulator (also reachable over HTTP under `/__control`).
 *
 * @example
 * emulator.control.scanQr(id);
 * emulator.control.injectIncomingMessage(id, { kind: 'text', text: 'Hi' });
 */
export class GreenApiEmulatorControl {
  readonly #registry: InstanceRegistry;
  readonly #media: MediaStore;
  readonly #faults: FaultInjector;

  /**
   * Built by the emulator; reach it as `emulator.control`.
   *
   * @internal
   */
  constructor(registry: InstanceRegistry, media: MediaStore, faults: FaultInjector) {
    this.#registry = registry;
    this.#media = media;
    this.#faults = faults;
  }

  /**
   * Credentials and URLs of every instance (deleted ones excluded).
   *
   * @example
   * control.instances()[0]?.apiUrl;
   */
  instances(): GreenApiEmulatorInstance[] {
    return this.#registry
      .list()
      .filter((instance) => instance.timeDeleted === undefined)
      .map((instance) => this.#registry.describe(instance));
  }

  /**
   * Creates another instance.
   *
   * @example
   * control.addInstance({ typeInstance: 'telegram', state: 'authorized' });
   */
  addInstance(options: GreenApiInstanceOptions = {}): GreenApiEmulatorInstance {
    return this.#registry.describe(this.#registry.create(options));
  }

  /**
   * The phone scans the QR code. Returns `false` when the instance was not waiting for a login.
   *
   * @example
   * control.scanQr(id, { phone: '79876543210' });
   */
  scanQr(idInstance: number, options: { phone?: string } = {}): boolean {
    return this.#registry.require(idInstance).auth.scanQr(options.phone);
  }

  /**
   * The payload of the QR code `qr` hands out now (what a phone would read from the image).
   *
   * @example
   * control.qrPayload(id); // '2@5f0c1e…'
   */
  qrPayload(idInstance: number): string {
    return this.#registry.require(idInstance).auth.qrPayload();
  }

  /**
   * How many times `qr` handed out a code since the last login (a client polling it counts up).
   *
   * @example
   * control.qrRequests(id); // 12
   */
  qrRequests(idInstance: number): number {
    return this.#registry.require(idInstance).auth.qrRequests;
  }

  /**
   * Logs the instance in directly, from any state.
   *
   * @example
   * control.authorize(id);
   */
  authorize(idInstance: number, options: { phone?: string } = {}): void {
    this.#registry.require(idInstance).authorize(options.phone);
  }

  /**
   * The user enters the WhatsApp pairing code on the phone (any code when omitted).
   *
   * @example
   * control.confirmPairingCode(id, code);
   */
  confirmPairingCode(idInstance: number, code?: string): boolean {
    return this.#registry.require(idInstance).auth.confirmPairingCode(code);
  }

  /**
   * The pending login code (Telegram/MAX code sent "by SMS", or the WhatsApp pairing code).
   *
   * @example
   * const code = control.authorizationCode(id);
   */
  authorizationCode(idInstance: number): string | undefined {
    return this.#registry.require(idInstance).auth.pendingCode();
  }

  /**
   * Sets (or clears) the Telegram 2FA cloud password.
   *
   * @example
   * control.setTwoFactorPassword(id, 'secret');
   */
  setTwoFactorPassword(idInstance: number, password: string | undefined): void {
    this.#registry.require(idInstance).auth.twoFactorPassword = password;
  }

  /**
   * Forces a state (`blocked`, `yellowCard`, `notAuthorized`…) and notifies `stateInstanceChanged`.
   *
   * @example
   * control.setState(id, 'blocked');
   */
  setState(idInstance: number, state: GreenApiStateInstance): void {
    this.#registry.require(idInstance).changeState(state);
  }

  /**
   * Sets the WhatsApp socket status and notifies `statusInstanceChanged`.
   *
   * @example
   * control.setStatusInstance(id, 'offline');
   */
  setStatusInstance(idInstance: number, statusInstance: 'online' | 'offline'): void {
    const instance = this.#registry.require(idInstance);
    instance.statusInstance = statusInstance;
    instance.emit(instance.factory.statusInstanceChanged(statusInstance), 'statusInstanceWebhook');
  }

  /**
   * Current settings.
   *
   * @example
   * control.settings(id).webhookUrl;
   */
  settings(idInstance: number): GreenApiSettings {
    return { ...this.#registry.require(idInstance).settings };
  }

  /**
   * Changes settings without the reboot `setSettings` causes.
   *
   * @example
   * control.updateSettings(id, { incomingWebhook: 'yes' });
   */
  updateSettings(idInstance: number, patch: GreenApiWritableSettings): void {
    this.#registry.require(idInstance).applySettings(parseSettingsPatch({ ...patch }));
  }

  /**
   * Delivers an incoming message of any kind (or `fromMe` for one sent from the phone).
   *
   * @example
   * control.injectIncomingMessage(id, { kind: 'reaction', emoji: '👍', quotedMessageId: sentId });
   */
  injectIncomingMessage(idInstance: number, input: GreenApiIncomingMessageInput): GreenApiInjection {
    return injectIncomingMessage(this.#registry.require(idInstance), input, this.#media);
  }

  /**
   * Publishes a raw notification body as-is (`instanceData` and `timestamp` added when missing).
   *
   * @example
   * control.injectNotification(id, { typeWebhook: 'deviceInfo', deviceData: { battery: 50 } });
   */
  injectNotification(idInstance: number, body: Record<string, unknown>): void {
    const instance = this.#registry.require(idInstance);
    instance.outbox.publish({
      instanceData: instance.instanceData(),
      timestamp: Math.floor(Date.now() / 1000),
      ...body,
    } as GreenApiNotificationBody);
  }

  /**
   * An incoming call (`incomingCall`, needs `incomingCallWebhook`).
   *
   * @example
   * control.injectIncomingCall(id, { from: '79001234567@c.us', status: 'offer' });
   */
  injectIncomingCall(
    idInstance: number,
    call: { from?: string; status?: string; idMessage?: string } = {},
  ): {
    /** The id the `incomingCall` notification carries. */
    idMessage: string;
  } {
    const instance = this.#registry.require(idInstance);
    const idMessage = call.idMessage ?? instance.ids.incoming();
    const from = call.from ?? (instance.typeInstance === 'whatsapp' ? '79001234567@c.us' : '20000000');
    instance.emit(
      instance.factory.incomingCall(from, call.status ?? 'offer', idMessage),
      'incomingCallWebhook',
    );
    return { idMessage };
  }

  /**
   * Sets a sent message's status and notifies `outgoingMessageStatus` (failures always, others with `outgoingWebhook`).
   *
   * @example
   * control.setMessageStatus(id, idMessage, 'failed', 'SWE004: 1000');
   */
  setMessageStatus(
    idInstance: number,
    idMessage: string,
    status: GreenApiOutgoingStatus,
    description?: string,
  ): void {
    const instance = this.#registry.require(idInstance);
    const record = instance.sentById.get(idMessage);
    if (record === undefined) throw new Error(`GREEN-API emulator: unknown sent message ${idMessage}`);
    setOutgoingStatus(instance, record, status, description);
  }

  /**
   * Sets (or with `undefined` removes) a quota; calls over it answer 466 and notify `quotaExceeded`.
   *
   * @example
   * control.setQuota(id, { total: 3 });
   */
  setQuota(idInstance: number, quota: GreenApiQuota | undefined): void {
    this.#registry.require(idInstance).quota.configure(quota);
  }

  /**
   * Makes the next calls of a method (all methods when omitted) answer 429 `Too Many Requests`.
   *
   * @example
   * control.rateLimit({ method: 'sendMessage', times: 2, retryAfterMilliseconds: 1000 });
   */
  rateLimit(options: { method?: string; times?: number; retryAfterMilliseconds?: number } = {}): void {
    this.#faults.inject(
      {
        kind: 'status',
        status: 429,
        body: 'Too Many Requests',
        ...(options.retryAfterMilliseconds === undefined
          ? {}
          : { retryAfterMilliseconds: options.retryAfterMilliseconds }),
      },
      {
        times: options.times ?? 1,
        ...(options.method === undefined ? {} : { pathIncludes: `/${options.method}/` }),
      },
    );
  }

  /**
   * Injects a transport fault (status, delay, drop, malformed JSON).
   *
   * @example
   * control.injectFault({ kind: 'drop' }, { times: 1 });
   */
  injectFault(fault: EmulatorFault, when?: FaultCondition): void {
    this.#faults.inject(fault, when);
  }

  /**
   * Removes every injected fault.
   *
   * @example
   * control.clearFaults();
   */
  clearFaults(): void {
    this.#faults.clear();
  }

  /**
   * Messages accepted by send methods, in order.
   *
   * @example
   * control.sentMessages(id).map((message) => message.body.message);
   */
  sentMessages(idInstance: number): GreenApiSentMessage[] {
    return [...this.#registry.require(idInstance).sent];
  }

  /**
   * Notifications waiting for polling.
   *
   * @example
   * control.queuedNotifications(id).length;
   */
  queuedNotifications(idInstance: number): Array<QueuedNotification<GreenApiNotificationBody>> {
    return [...this.#registry.require(idInstance).outbox.queue.entries()];
  }

  /**
   * Every webhook push attempt.
   *
   * @example
   * control.webhookDeliveries(id).filter((delivery) => delivery.accepted);
   */
  webhookDeliveries(idInstance: number): WebhookDelivery[] {
    return [...this.#registry.require(idInstance).outbox.dispatcher.deliveries];
  }

  /**
   * `readChat` calls received.
   *
   * @example
   * control.readMarks(id);
   */
  readMarks(idInstance: number): Array<{
    /** The chat `readChat` marked as read. */
    chatId: string;
    /** The message `readChat` marked; absent when the whole chat was marked. */
    idMessage?: string;
  }> {
    return [...this.#registry.require(idInstance).readMarks];
  }

  /**
   * Adds or updates a contact (existence, names, avatar, forced delivery failure…).
   *
   * @example
   * control.addContact(id, { chatId: '79001234567@c.us', exists: false });
   */
  addContact(idInstance: number, contact: GreenApiContact): void {
    this.#registry.require(idInstance).directory.upsert(contact);
  }

  /**
   * Adds a group the instance is (or is not) a member of.
   *
   * @example
   * const { chatId } = control.addGroup(id, { subject: 'Team', participants: ['79001234567@c.us'] });
   */
  addGroup(
    idInstance: number,
    group: GreenApiGroupInput,
  ): {
    /** The new group's id, `…@g.us` on WhatsApp. */
    chatId: string;
  } {
    const instance = this.#registry.require(idInstance);
    return { chatId: instance.groups.create(group, instance.wid).chatId };
  }

  /**
   * Resolves when the outgoing queue is empty and pending webhook pushes are done.
   *
   * @example
   * await control.settle(id);
   */
  async settle(idInstance: number): Promise<void> {
    const instance = this.#registry.require(idInstance);
    await instance.outgoing.idle();
    await instance.outbox.dispatcher.idle();
  }
}
