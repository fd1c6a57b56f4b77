import { createHash } from 'node:crypto';
import type { OutgoingMessage } from '@switchboard/core';

/** What an outbox job carries in Redis. */
export interface OutboxJobData {
  /** The instance that sends it. */
  instanceId: string;
  /** The chat it goes to, as the outbox orders it (`chatId`, or `phone:<digits>`). */
  chatKey: string;
  /** Its place in the chat's order (1, 2, …). */
  sequence: number;
  /** The idempotency key it was sent with (generated when none was given). */
  idempotencyKey: string;
  /** The validated message. */
  outgoing: OutgoingMessage;
  /** Unix milliseconds before which it is not sent (from `delayMilliseconds`). */
  notBefore?: number | undefined;
}

/** The value an outbox job completes with (the `returnvalue` of BullMQ's `completed` event). */
export interface OutboxResult {
  /** `sent` now, or `already-sent` by an earlier attempt or an earlier job with the same idempotency key. */
  status: 'sent' | 'already-sent';
  /** The instance that sent it. */
  instanceId: string;
  /** The provider's message id (absent when the provider queued the message without naming it yet). */
  messageId?: string | undefined;
  /** The chat it went to. */
  chatId: string;
  /** Send attempts it took. */
  attempts: number;
  /** Whether the provider's outgoing journal, not its answer, showed it was sent (after a lost answer). */
  confirmedFromJournal: boolean;
}

/**
 * The chat a message goes to, as the outbox orders it: its `chatId`, or `phone:<digits>` (`group-phone:` for a
 * group addressed by phone). Address one chat the same way every time to keep its messages in order.
 *
 * @example
 * chatKeyOf(createOutgoingMessage({ recipient: { phone: '79001234567' }, message: { type: 'text', text: 'Hi' } }));
 * // 'phone:79001234567'
 */
export function chatKeyOf(outgoing: OutgoingMessage): string {
  const { chatId, phone, isGroup } = outgoing.recipient;
  if (chatId !== undefined) return chatId;
  return `${isGroup ? 'group-phone' : 'phone'}:${phone}`;
}

/**
 * The BullMQ job id of a message: a digest of the instance and the idempotency key (BullMQ ids may not hold `:`).
 *
 * @example
 * outboxJobId('1101000001', 'order-42-shipped'); // 'm3f…'
 */
export function outboxJobId(instanceId: string, idempotencyKey: string): string {
  return `m${createHash('sha256').update(instanceId).update('\0').update(idempotencyKey).digest('hex').slice(0, 40)}`;
}

/** The outbox's own Redis keys, hash-tagged by instance so each script's keys share a cluster slot. */
export interface OutboxKeys {
  /** The chat's order: last reserved and next sequence, pending turns, recent message ids. */
  chat(instanceId: string, chatKey: string): string;
  /** One message's record: sequence, state, attempts, result. */
  message(instanceId: string, jobId: string): string;
  /** When the instance may send next. */
  pace(instanceId: string): string;
  /** The Redis server times of the instance's latest pacing grants (kept with `keepPacingGrants`). */
  grants(instanceId: string): string;
}

/**
 * Builds the outbox's key names under a prefix.
 *
 * @example
 * outboxKeys('switchboard:outbox:').pace('1101000001'); // 'switchboard:outbox:{1101000001}:pace'
 */
export function outboxKeys(prefix: string): OutboxKeys {
  return {
    chat: (instanceId, chatKey) => `${prefix}{${instanceId}}:chat:${chatKey}`,
    message: (instanceId, jobId) => `${prefix}{${instanceId}}:message:${jobId}`,
    pace: (instanceId) => `${prefix}{${instanceId}}:pace`,
    grants: (instanceId) => `${prefix}{${instanceId}}:grants`,
  };
}
