import type { GreenApiInstance, GreenApiSentMessage } from './green-api-instance.js';
import type { GreenApiOutgoingStatus, JsonObject } from './green-api-types.js';
import { journalContent } from './journal-content.js';
import { networkRules } from './network-rules.js';

/** A send accepted by the API, before queueing. */
export interface OutgoingSend {
  method: string;
  /** `type` shown by showMessagesQueue. */
  queueType: string;
  chatId: string;
  body: JsonObject;
  /** Content as the echo notification and the journal show it. */
  messageData: JsonObject;
  file?: GreenApiSentMessage['file'];
  /** Use this id instead of a new one. */
  idMessage?: string;
}

const alwaysSent: ReadonlySet<GreenApiOutgoingStatus> = new Set([
  'failed',
  'noAccount',
  'notInGroup',
  'yellowCard',
]);

/**
 * Updates a sent message's status in the records and journal and emits `outgoingMessageStatus`
 * (`sent`/`delivered`/`read` only with `outgoingWebhook: "yes"`; failures always).
 */
export function setOutgoingStatus(
  instance: GreenApiInstance,
  record: GreenApiSentMessage,
  status: GreenApiOutgoingStatus,
  description?: string,
): void {
  record.status = status;
  if (description !== undefined) record.description = description;
  instance.journal.update(record.idMessage, { statusMessage: status });
  const body = instance.factory.outgoingMessageStatus({
    chatId: record.chatId,
    idMessage: record.idMessage,
    status,
    ...(description === undefined ? {} : { description }),
    sendByApi: true,
  });
  instance.emit(body, alwaysSent.has(status) ? undefined : 'outgoingWebhook');
}

function outcomeFor(
  instance: GreenApiInstance,
  chatId: string,
): { status: GreenApiOutgoingStatus; description?: string } {
  const failure = instance.directory.get(chatId)?.deliveryFailure;
  if (failure !== undefined) return failure;
  if (instance.state === 'yellowCard') return { status: 'yellowCard' };
  if (networkRules.isGroupChatId(instance.typeInstance, chatId)) {
    return instance.groups.get(chatId)?.left === true ? { status: 'notInGroup' } : { status: 'sent' };
  }
  return instance.directory.exists(chatId) ? { status: 'sent' } : { status: 'noAccount' };
}

function progress(
  instance: GreenApiInstance,
  record: GreenApiSentMessage,
  last: 'sent' | 'delivered' | 'read',
): void {
  if (last === 'sent') return;
  instance.later(instance.timings.deliveredAfterMilliseconds, () => {
    if (record.status !== 'sent') return;
    setOutgoingStatus(instance, record, 'delivered');
    if (last !== 'read') return;
    instance.later(instance.timings.readAfterMilliseconds, () => {
      if (record.status === 'delivered') setOutgoingStatus(instance, record, 'read');
    });
  });
}

function deliver(
  instance: GreenApiInstance,
  record: GreenApiSentMessage,
  messageData: JsonObject,
  statusProgression: 'sent' | 'delivered' | 'read',
): void {
  const outcome = outcomeFor(instance, record.chatId);
  const timestamp = Math.floor(Date.now() / 1000);
  record.sentAt = Date.now();
  instance.messageDataById.set(record.idMessage, messageData);
  instance.journal.add({
    type: 'outgoing',
    idMessage: record.idMessage,
    timestamp,
    typeMessage: String(messageData.typeMessage),
    chatId: record.chatId,
    ...journalContent(messageData),
    statusMessage: outcome.status,
    sendByApi: true,
    deletedMessageId: '',
    editedMessageId: '',
    isEdited: false,
    isDeleted: false,
  });
  if (outcome.status !== 'sent') {
    setOutgoingStatus(instance, record, outcome.status, outcome.description);
    return;
  }
  const senderData = instance.factory.senderData({
    chatId: record.chatId,
    sender: instance.wid,
    chatName: instance.chatName(record.chatId),
    senderName: instance.name,
    senderContactName: '',
    chatType: networkRules.isGroupChatId(instance.typeInstance, record.chatId) ? 'group' : 'user',
    senderPhoneNumber: Number(instance.phone),
  });
  instance.emit(
    instance.factory.message(
      'outgoingAPIMessageReceived',
      record.idMessage,
      senderData,
      messageData,
      timestamp,
    ),
    'outgoingAPIMessageWebhook',
  );
  setOutgoingStatus(instance, record, 'sent');
  progress(instance, record, statusProgression);
}

function recordOf(instance: GreenApiInstance, send: OutgoingSend): GreenApiSentMessage {
  const record: GreenApiSentMessage = {
    idMessage: send.idMessage ?? instance.ids.outgoing(),
    method: send.method,
    chatId: send.chatId,
    body: send.body,
    status: 'pending',
    ...(send.file === undefined ? {} : { file: send.file }),
    acceptedAt: Date.now(),
  };
  instance.sent.push(record);
  instance.sentById.set(record.idMessage, record);
  return record;
}

/**
 * Records sends, puts them in the outgoing queue as ONE item (several messages only for forwardMessages, listed in
 * `messagesIDs`) and, when its turn comes, journals them and emits the echo and status notifications. Returns the
 * records (their `idMessage` is what the API answers).
 */
export function acceptOutgoing(
  instance: GreenApiInstance,
  sends: readonly OutgoingSend[],
  statusProgression: 'sent' | 'delivered' | 'read',
): GreenApiSentMessage[] {
  const records = sends.map((send) => recordOf(instance, send));
  const [first] = sends;
  if (first === undefined) return records;
  instance.outgoing.enqueue({
    messageID: records[0]?.idMessage ?? '',
    ...(first.queueType === 'ForwardMessages'
      ? { messagesIDs: records.map((record) => record.idMessage) }
      : {}),
    type: first.queueType,
    body: first.body,
    deliver: () => {
      records.forEach((record, index) => {
        deliver(instance, record, sends[index]?.messageData ?? {}, statusProgression);
      });
    },
  });
  return records;
}
