import { FifoBuffer, TimerSet } from '../shared/index.js';
import { journalFieldsOf } from './build-message-data.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import type { SdkwaInstance } from './sdkwa-instance.js';
import { isWithinSendWindow } from './sdkwa-settings.js';
import type { SdkwaMessageData, SdkwaMessageStatus } from './sdkwa-types.js';

/** A message accepted by a send method and waiting in the server-side queue. */
export interface SdkwaOutgoingMessage {
  idMessage: string;
  chatId: string;
  messageData: SdkwaMessageData;
  /** The `showMessagesQueue` item. */
  queueItem: Record<string, unknown>;
}

const batchSize = 500;

/**
 * The server-side send queue of one instance: messages leave one per `delaySendMessagesMilliseconds` (scaled), only
 * while the instance is `authorized` and inside the `sendFromUTC`..`sendToUTC` window. A sent message goes into the
 * journal and produces `outgoingAPIMessageReceived` + `outgoingMessageStatus` (`sent`, or `noAccount` /
 * `notInGroup`), then `delivered` when `autoDeliver` is on.
 */
export class SdkwaOutbox {
  readonly #queue = new FifoBuffer<SdkwaOutgoingMessage>();
  readonly #instance: SdkwaInstance;
  readonly #context: SdkwaEmulatorContext;
  readonly #deliveryTimers = new TimerSet();
  #cancel: (() => void) | undefined;
  #lastDispatchAt = Number.NEGATIVE_INFINITY;
  #closed = false;

  constructor(instance: SdkwaInstance, context: SdkwaEmulatorContext) {
    this.#instance = instance;
    this.#context = context;
  }

  /** Number of queued messages. */
  get size(): number {
    return this.#queue.length;
  }

  /** Queues a message and starts the sender. */
  enqueue(message: SdkwaOutgoingMessage): void {
    this.#queue.push(message);
    this.kick();
  }

  /** The `showMessagesQueue` answer. */
  items(): Array<Record<string, unknown>> {
    return [...this.#queue].map((message) => ({ ...message.queueItem }));
  }

  /** Drops every queued message; returns how many were dropped. */
  clear(): number {
    return this.#queue.clear();
  }

  /** (Re)starts the sender when something is queued and the instance can send. */
  kick(): void {
    if (this.#closed || this.#cancel !== undefined || this.#queue.length === 0) return;
    if (this.#instance.state !== 'authorized') return;
    const settings = this.#instance.settings;
    if (!isWithinSendWindow(settings)) {
      this.#schedule(this.#context.timings.sendWindowRecheckMilliseconds);
      return;
    }
    const delay = settings.delaySendMessagesMilliseconds * this.#context.timeScale;
    this.#schedule(Math.max(0, this.#lastDispatchAt + delay - Date.now()), delay === 0);
  }

  #schedule(milliseconds: number, burst = false): void {
    const run = (): void => {
      this.#cancel = undefined;
      this.#sendDue(burst);
      this.kick();
    };
    if (milliseconds <= 0) {
      const handle = setImmediate(run);
      this.#cancel = () => clearImmediate(handle);
    } else {
      const handle = setTimeout(run, milliseconds);
      this.#cancel = () => clearTimeout(handle);
    }
  }

  #sendDue(burst: boolean): void {
    const limit = burst ? batchSize : 1;
    for (let sent = 0; sent < limit && this.#instance.state === 'authorized'; sent += 1) {
      if (!isWithinSendWindow(this.#instance.settings)) return;
      const message = this.#queue.shift();
      if (message === undefined) return;
      this.#lastDispatchAt = Date.now();
      this.#dispatch(message);
    }
  }

  #statusFor(chatId: string): SdkwaMessageStatus {
    const instance = this.#instance;
    if (chatId.endsWith('@g.us'))
      return instance.groups.isMember(chatId, instance.settings.wid) === false ? 'notInGroup' : 'sent';
    if (instance.network === 'whatsapp' && !this.#context.directory.exists(chatId)) return 'noAccount';
    return 'sent';
  }

  #dispatch(message: SdkwaOutgoingMessage): void {
    const instance = this.#instance;
    const { notifier, directory } = this.#context;
    const status = this.#statusFor(message.chatId);
    instance.journal.add({
      type: 'outgoing',
      idMessage: message.idMessage,
      timestamp: Math.floor(Date.now() / 1000),
      typeMessage: message.messageData.typeMessage,
      chatId: message.chatId,
      statusMessage: status,
      sendByApi: true,
      ...journalFieldsOf(message.messageData),
    });
    notifier.emit(instance, 'outgoingAPIMessageReceived', {
      idMessage: message.idMessage,
      senderData: {
        chatId: message.chatId,
        chatName: directory.nameOf(message.chatId),
        sender: instance.settings.wid,
        senderName: instance.profile.name,
      },
      messageData: message.messageData,
    });
    notifier.emit(instance, 'outgoingMessageStatus', {
      idMessage: message.idMessage,
      chatId: message.chatId,
      status,
      sendByApi: true,
    });
    if (status === 'sent' && this.#context.autoDeliver) {
      this.#deliveryTimers.after(this.#context.timings.deliveryDelayMilliseconds, () =>
        this.setStatus(message.idMessage, 'delivered'),
      );
    }
  }

  /**
   * Changes the status of a sent message (journal `statusMessage`) and emits `outgoingMessageStatus`;
   * `false` for an unknown outgoing id.
   */
  setStatus(idMessage: string, status: SdkwaMessageStatus): boolean {
    const entry = this.#instance.journal.get(idMessage);
    if (entry === undefined || entry.type !== 'outgoing') return false;
    entry.statusMessage = status;
    this.#context.notifier.emit(this.#instance, 'outgoingMessageStatus', {
      idMessage,
      chatId: entry.chatId,
      status,
      sendByApi: entry.sendByApi === true,
    });
    return true;
  }

  /** Stops the sender and pending automatic statuses. */
  close(): void {
    this.#closed = true;
    this.#cancel?.();
    this.#cancel = undefined;
    this.#deliveryTimers.clear();
  }
}
