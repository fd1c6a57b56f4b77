import type { Messenger } from '@switchboard/core';
import type { Redis, RedisOptions } from 'ioredis';
import type { Outbox } from './create-outbox.js';
import type { Pacing } from './pacing.js';

/**
 * Options of {@link createOutbox}.
 *
 * @example
 * ```ts
 * const options: OutboxOptions = {
 *   connection: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
 *   resolveMessenger: (instanceId) => messengers.get(instanceId),
 *   pacing: { messages: 20, intervalMilliseconds: 60_000 },
 * };
 * ```
 */
export interface OutboxOptions {
  /** The Redis the outbox and BullMQ use: a URL, ioredis options, or an ioredis client you own (left open). */
  connection: string | RedisOptions | Redis;
  /** Returns the messenger that sends for an instance id (called in workers, once per attempt; cache it). */
  resolveMessenger: (instanceId: string) => Messenger | Promise<Messenger>;
  /** BullMQ queue name (default `switchboard-outbox`); the dead-letter queue is `<name>-dead-letter`. */
  queueName?: string;
  /** Prefix of the outbox's own Redis keys (default `switchboard:outbox:`). */
  keyPrefix?: string;
  /** Pacing for every instance, or per instance id (`undefined`: not paced). Default: not paced. */
  pacing?: Pacing | ((instanceId: string) => Pacing | undefined);
  /**
   * How many of each instance's latest pacing grants to keep in Redis (their Redis server times), to audit the
   * pacing with {@link Outbox.pacingGrants} (default 0: none kept).
   */
  keepPacingGrants?: number;
  /** Send attempts per message before it is dead-lettered (default 8). */
  attempts?: number;
  /** First retry delay; doubles per attempt up to {@link OutboxOptions.maximumRetryDelayMilliseconds} (default 1000). */
  baseRetryDelayMilliseconds?: number;
  /** Longest computed retry delay (default 60 000); a provider's longer retry delay is still honoured. */
  maximumRetryDelayMilliseconds?: number;
  /** How long idempotency keys and results are remembered (default 86 400 000 = 24 h). */
  idempotencyTtlMilliseconds?: number;
  /**
   * What a retry does after an attempt whose outcome is unknown (timeout, dropped connection, 5xx) when the
   * provider has no outgoing journal to check: `'resend'` (default, at least once) or `'dead-letter'` (at most once).
   */
  unconfirmedAttempt?: 'resend' | 'dead-letter';
  /** How far back the outgoing journal is searched for an unconfirmed attempt (default 5000 before it started). */
  journalSlackMilliseconds?: number;
  /** A later message of a chat waits at most this long before it checks its turn again (default 5000). */
  turnCheckMilliseconds?: number;
  /** A reserved turn whose job never appeared is skipped after this long (default 60 000). */
  abandonedTurnMilliseconds?: number;
  /** Redacts error text before it is stored in the dead-letter queue or a failed job (adapters' errors already are). */
  redactor?: {
    /** Returns the text with every secret replaced (a core `Redactor` fits). */
    redact(text: string): string;
  };
}
