import type { HistoryMessage, Messenger, OutgoingMessage } from '@switchboard/core';

/**
 * What the provider's records say about an attempt whose answer was lost:
 * - `sent`: its outgoing journal holds the message (with the provider's id);
 * - `queued`: the provider still has a message for the chat in its outgoing queue (not journalled yet): ask later;
 * - `absent`: the journal does not hold it, so it was not sent;
 * - `unknown`: the provider keeps no outgoing journal.
 */
export type JournalFinding =
  | {
      /** The journal holds the message: it was sent, and must not be sent again. */
      kind: 'sent';
      /** The provider's id of the journalled message, recorded as the send's result. */
      messageId: string;
      /** The chat the provider journalled it under (its native form, e.g. `79001234567@c.us`). */
      chatId: string;
    }
  | {
      /** Still in the provider's outgoing queue: look again later. */
      kind: 'queued';
    }
  | {
      /** Not in the journal since the attempt began: it was not sent. */
      kind: 'absent';
    }
  | {
      /** The provider keeps no outgoing journal to ask. */
      kind: 'unknown';
    };

function isSameChat(chatId: string, outgoing: OutgoingMessage): boolean {
  const { recipient } = outgoing;
  if (recipient.chatId !== undefined) return chatId === recipient.chatId;
  return chatId.split('@')[0] === recipient.phone;
}

function isSameContent(entry: HistoryMessage, outgoing: OutgoingMessage): boolean {
  const message = outgoing.message;
  if (message.type === 'text') return entry.content.type === 'text' && entry.content.text === message.text;
  return entry.content.type === message.type;
}

/**
 * Looks for a message in the provider's outgoing journal: one to the same chat, with the same content, sent no
 * earlier than `sinceMilliseconds` (unix ms) and not among `knownMessageIds`. Messages of one chat leave the outbox
 * one at a time, so a match after the lost attempt started is that attempt.
 *
 * @example
 * const finding = await findInOutgoingJournal(messenger, job.data.outgoing, attemptStartedAt - 5000, new Set());
 */
export async function findInOutgoingJournal(
  messenger: Messenger,
  outgoing: OutgoingMessage,
  sinceMilliseconds: number,
  knownMessageIds: ReadonlySet<string>,
): Promise<JournalFinding> {
  if (!messenger.supports('messages.lastOutgoing')) return { kind: 'unknown' };
  if (messenger.supports('queue.listOutgoing')) {
    const queued = await messenger.queue.listOutgoing();
    if (queued.some((item) => item.chatId !== undefined && isSameChat(item.chatId, outgoing))) {
      return { kind: 'queued' };
    }
  }
  const minutes = Math.max(1, Math.ceil((Date.now() - sinceMilliseconds) / 60_000) + 1);
  const journal = await messenger.messages.lastOutgoing({ minutes });
  // Providers journal in whole seconds: compare at that precision.
  const since = Math.floor(sinceMilliseconds / 1000) * 1000;
  const match = journal.find(
    (entry) =>
      entry.timestamp >= since &&
      !knownMessageIds.has(entry.id) &&
      isSameChat(entry.chatId, outgoing) &&
      isSameContent(entry, outgoing),
  );
  return match === undefined
    ? { kind: 'absent' }
    : { kind: 'sent', messageId: match.id, chatId: match.chatId };
}
