import { type Messenger, sendsRetriedByTransport } from '@switchboard/core';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { classifySendFailure, retryDelayMilliseconds } from './classify-send-failure.js';
import { deadLetterMessage } from './dead-letter-message.js';
import { findInOutgoingJournal } from './find-in-outgoing-journal.js';
import { handOverTurn } from './hand-over-turn.js';
import type { OutboxContext } from './outbox-context.js';
import type { OutboxJobData, OutboxResult } from './outbox-job.js';
import type { DeliveryAttributes, DeliveryOutcome } from './outbox-telemetry.js';
import { pacingSpacingMilliseconds } from './pacing.js';
import { retryingTransportError } from './retrying-transport-error.js';

/** Options of the processor that one worker process runs. */
export interface OutboxProcessorOptions {
  /** Sends in flight per instance in this process; more wait briefly (default 4). */
  instanceConcurrency: number;
}

type Processor = (job: Job<OutboxJobData, OutboxResult>, token?: string) => Promise<OutboxResult>;

/**
 * Builds the BullMQ processor of outbox jobs: waits for the chat's turn, the message's time and the instance's
 * pacing (each a delayed job, never a held worker slot), confirms a lost attempt in the provider's journal,
 * sends, records the result and hands the turn to the chat's next message; retries along the error tree and
 * dead-letters the rest.
 *
 * @example
 * const worker = new Worker(queueName, createOutboxProcessor(context, { instanceConcurrency: 4 }), { connection });
 */
export function createOutboxProcessor(context: OutboxContext, options: OutboxProcessorOptions): Processor {
  const { redis, keys, telemetry, options: outboxOptions } = context;
  const ttl = context.idempotencyTtlMilliseconds;
  const slack = outboxOptions.journalSlackMilliseconds ?? 5000;
  const abandonedTurnMilliseconds = outboxOptions.abandonedTurnMilliseconds ?? 60_000;
  const inFlight = new Map<string, number>();

  const spacingOf = (instanceId: string): number | undefined => {
    const pacing =
      typeof outboxOptions.pacing === 'function' ? outboxOptions.pacing(instanceId) : outboxOptions.pacing;
    return pacing === undefined ? undefined : pacingSpacingMilliseconds(pacing);
  };

  const isTurnAbandoned = async (chatKey: string, turn: number): Promise<boolean> => {
    const [jobId, reservedAt] = await redis.hmget(chatKey, `job:${turn}`, `reserved:${turn}`);
    if (jobId === null || jobId === undefined) return true; // no message holds that turn (its record expired)
    const holder = await context.queue.getJob(jobId);
    if (holder !== undefined) {
      const state = await holder.getState();
      return state === 'completed' || state === 'failed' || state === 'unknown';
    }
    return Date.now() - Number(reservedAt) > abandonedTurnMilliseconds;
  };

  return async (job, token) => {
    const data = job.data;
    const jobId = job.id as string;
    const chatKey = keys.chat(data.instanceId, data.chatKey);
    const messageKey = keys.message(data.instanceId, jobId);
    const attributes: DeliveryAttributes = {
      instanceId: data.instanceId,
      messageType: data.outgoing.message.type,
    };

    const wait = async (milliseconds: number, outcome: DeliveryOutcome): Promise<never> => {
      telemetry.settle(undefined, attributes, { outcome });
      await job.moveToDelayed(Date.now() + milliseconds, token);
      if (outcome === 'waiting-turn') {
        // The previous message may have finished while this one was moving: take the turn now if so.
        const next = Number((await redis.hget(chatKey, 'next')) ?? '1');
        if (next === data.sequence) await job.promote().catch(() => undefined);
      }
      throw new DelayedError();
    };

    const advance = (messageId: string | undefined): Promise<void> =>
      handOverTurn(context, data, messageId ?? '');

    const storedResult = async (): Promise<OutboxResult | undefined> => {
      const [state, result] = await redis.hmget(messageKey, 'state', 'result');
      if (state !== 'sent' || result === null || result === undefined) return undefined;
      return { ...(JSON.parse(result) as OutboxResult), status: 'already-sent' };
    };

    // 1. The chat's turn: one message at a time per chat, in the order they were sent to the outbox.
    for (;;) {
      const next = Number((await redis.hget(chatKey, 'next')) ?? '1');
      if (data.sequence === next) break;
      if (data.sequence < next) {
        const stored = await storedResult();
        if (stored !== undefined) {
          telemetry.settle(undefined, attributes, { outcome: 'already-sent' });
          return stored;
        }
        const state = await redis.hget(messageKey, 'state');
        if (state === 'dead-lettered') throw new UnrecoverableError('dead-lettered earlier');
        break; // its turn was given up while its job was missing: send it now, out of turn
      }
      if (!(await isTurnAbandoned(chatKey, next))) return wait(context.turnCheckMilliseconds, 'waiting-turn');
      await redis.outboxAdvance(chatKey, next, ttl, '');
    }

    const stored = await storedResult();
    if (stored !== undefined) {
      await advance(stored.messageId);
      telemetry.settle(undefined, attributes, { outcome: 'already-sent' });
      return stored;
    }

    // 2. The time the app asked for, this process's share of a slow instance, then the instance's pacing.
    if (data.notBefore !== undefined && data.notBefore > Date.now()) {
      return wait(data.notBefore - Date.now(), 'scheduled');
    }
    if ((inFlight.get(data.instanceId) ?? 0) >= options.instanceConcurrency) {
      return wait(100 + Math.floor(Math.random() * 100), 'waiting-pacing');
    }
    inFlight.set(data.instanceId, (inFlight.get(data.instanceId) ?? 0) + 1);
    try {
      // Unpaced instances still honour a hold-back after a 429.
      const pacingWait = await redis.outboxPace(
        keys.pace(data.instanceId),
        keys.grants(data.instanceId),
        spacingOf(data.instanceId) ?? 0,
        outboxOptions.keepPacingGrants ?? 0,
        ttl,
      );
      if (pacingWait > 0) return await wait(pacingWait, 'waiting-pacing');
      const messenger = await outboxOptions.resolveMessenger(data.instanceId);
      attributes.provider = messenger.provider;
      attributes.network = messenger.network;
      if (sendsRetriedByTransport(messenger) === true) {
        // Refused before anything is sent: its transport would resend a 429 by itself, outside the pacing.
        const [state, attempts] = await redis.hmget(messageKey, 'state', 'attempts');
        const error = retryingTransportError(data.instanceId, messenger.provider);
        return await deadLetter(
          error,
          Number(attempts ?? '0'),
          state === 'attempting',
          telemetry.startDelivery(attributes),
        );
      }
      return await deliver(messenger);
    } finally {
      const count = (inFlight.get(data.instanceId) ?? 1) - 1;
      if (count === 0) inFlight.delete(data.instanceId);
      else inFlight.set(data.instanceId, count);
    }

    async function deadLetter(
      error: unknown,
      attempts: number,
      maybeSent: boolean,
      span: ReturnType<typeof telemetry.startDelivery>,
    ): Promise<never> {
      const summary = await deadLetterMessage(context, jobId, data, error, { attempts, maybeSent });
      telemetry.settle(span, attributes, {
        outcome: 'dead-lettered',
        attempt: attempts,
        errorCode: summary.code,
      });
      throw new UnrecoverableError(`${summary.code}: ${summary.message}`);
    }

    async function deliver(messenger: Messenger): Promise<OutboxResult> {
      const span = telemetry.startDelivery(attributes);
      const [previousState, attempts, unconfirmedSince] = await redis.outboxBeginAttempt(
        messageKey,
        Date.now(),
        ttl,
      );
      if (previousState === 'dead-lettered') {
        await advance('');
        telemetry.settle(span, attributes, { outcome: 'dead-lettered', attempt: attempts });
        throw new UnrecoverableError('dead-lettered earlier');
      }

      // 3. A previous attempt's answer was lost (crash, timeout, dropped connection): ask the provider first.
      if (unconfirmedSince !== '') {
        let finding: Awaited<ReturnType<typeof findInOutgoingJournal>>;
        try {
          const recent = new Set(((await redis.hget(chatKey, 'recent')) ?? '').split(' '));
          finding = await findInOutgoingJournal(
            messenger,
            data.outgoing,
            Number(unconfirmedSince) - slack,
            recent,
          );
        } catch (error) {
          return retryOrDeadLetter(error, attempts, span);
        }
        if (finding.kind === 'sent') {
          const result: OutboxResult = {
            status: 'already-sent',
            instanceId: data.instanceId,
            messageId: finding.messageId,
            chatId: finding.chatId,
            attempts: attempts - 1,
            confirmedFromJournal: true,
          };
          await redis.outboxSettle(messageKey, 'sent', JSON.stringify({ ...result, status: 'sent' }), ttl);
          await advance(result.messageId);
          telemetry.settle(span, attributes, { outcome: 'already-sent', attempt: attempts });
          return result;
        }
        if (finding.kind === 'queued') {
          telemetry.settle(span, attributes, { outcome: 'waiting-turn', attempt: attempts });
          return wait(context.turnCheckMilliseconds, 'waiting-turn');
        }
        if (finding.kind === 'unknown' && outboxOptions.unconfirmedAttempt === 'dead-letter') {
          return deadLetter(
            new Error('an earlier attempt may have been sent and the provider keeps no journal to tell'),
            attempts,
            true,
            span,
          );
        }
      }

      // 4. Send.
      // Not awaited: nothing may stand between the pacing grant and the request (it goes out on the same
      // connection before the result is recorded, so the event still comes first).
      void job.updateProgress({ stage: 'sending', attempt: attempts }).catch(() => undefined);
      const startedAt = performance.now();
      let sent: Awaited<ReturnType<Messenger['send']>>;
      try {
        sent = await messenger.send(data.outgoing);
      } catch (error) {
        telemetry.recordSend(performance.now() - startedAt, attributes, classifySendFailure(error).code);
        return retryOrDeadLetter(error, attempts, span);
      }
      const result: OutboxResult = {
        status: 'sent',
        instanceId: data.instanceId,
        messageId: sent.messageId,
        chatId: sent.chatId,
        attempts,
        confirmedFromJournal: false,
      };
      telemetry.recordSend(performance.now() - startedAt, attributes, undefined);
      await redis.outboxSettle(messageKey, 'sent', JSON.stringify(result), ttl);
      await advance(sent.messageId);
      telemetry.settle(span, attributes, { outcome: 'sent', attempt: attempts });
      return result;
    }

    async function retryOrDeadLetter(
      error: unknown,
      attempts: number,
      span: ReturnType<typeof telemetry.startDelivery>,
    ): Promise<never> {
      const failure = classifySendFailure(error);
      if (failure.kind === 'final' || attempts >= context.attempts) {
        return deadLetter(error, attempts, failure.kind === 'retry-unconfirmed', span);
      }
      if (failure.kind === 'retry-unsent') {
        // Provably not sent: the next attempt need not ask the journal.
        await redis.hdel(messageKey, 'attemptStartedAt');
        await redis.hset(messageKey, 'state', 'queued');
        if (failure.retryAfterMilliseconds !== undefined) {
          await redis.outboxHoldBack(keys.pace(data.instanceId), failure.retryAfterMilliseconds);
        }
      }
      const delay = retryDelayMilliseconds(attempts, {
        baseMilliseconds: outboxOptions.baseRetryDelayMilliseconds ?? 1000,
        maximumMilliseconds: outboxOptions.maximumRetryDelayMilliseconds ?? 60_000,
        retryAfterMilliseconds: failure.retryAfterMilliseconds,
      });
      telemetry.settle(span, attributes, { outcome: 'retry', attempt: attempts, errorCode: failure.code });
      await job.moveToDelayed(Date.now() + delay, token);
      throw new DelayedError();
    }
  };
}
