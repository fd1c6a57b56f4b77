import { randomUUID } from 'node:crypto';
import {
  createOutgoingMessage,
  MessengerError,
  type OutgoingMessage,
  type OutgoingMessageInput,
} from '@switchboard/core';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { createOutboxProcessor } from './create-outbox-processor.js';
import type { DeadLetterEntry } from './dead-letter-entry.js';
import { deadLetterMessage } from './dead-letter-message.js';
import type { OutboxContext } from './outbox-context.js';
import { chatKeyOf, type OutboxJobData, type OutboxResult, outboxJobId, outboxKeys } from './outbox-job.js';
import type { OutboxOptions } from './outbox-options.js';
import { defineOutboxCommands } from './outbox-scripts.js';
import { OutboxTelemetry, observeOutboxDepth } from './outbox-telemetry.js';

/** Options of one `outbox.send`. */
export interface OutboxSendOptions {
  /** Sending the same key again (for this instance, within the idempotency TTL) sends nothing new. */
  idempotencyKey?: string;
  /** Send no earlier than this from now (later messages of the same chat wait behind it). */
  delayMilliseconds?: number;
  /** BullMQ priority across chats: 1 is the highest; within a chat the order of `send` calls holds. */
  priority?: number;
}

/** What `outbox.send` returns once the message is stored in Redis. */
export interface OutboxReceipt {
  /** The BullMQ job id (derived from the instance and the idempotency key). */
  jobId: string;
  /** The key given, or the one generated. */
  idempotencyKey: string;
  /** The message's place in its chat's order. */
  sequence: number;
  /** Whether the idempotency key had been seen already (nothing new was queued). */
  duplicate: boolean;
}

/** Options of {@link Outbox.startWorker}. */
export interface OutboxWorkerOptions {
  /** Jobs this process handles at once (default 16). Waiting for pacing or a chat's turn holds no slot. */
  concurrency?: number;
  /** Sends in flight per instance in this process (default 4), so one slow instance cannot take every slot. */
  instanceConcurrency?: number;
  /** How long a job stays locked to this process without renewal (default 30 000): a killed worker's jobs return after it. */
  lockDurationMilliseconds?: number;
  /** How often stalled jobs are looked for (default: BullMQ's, 30 000). */
  stalledIntervalMilliseconds?: number;
}

/** A running worker; `close()` finishes the sends in flight, then stops. */
export interface OutboxWorker {
  /** The BullMQ worker (its `completed`, `failed`, `progress` events carry results, dead letters and progress). */
  readonly worker: Worker<OutboxJobData, OutboxResult>;
  /** Stops taking jobs, waits for the jobs in flight, then closes. */
  close(): Promise<void>;
}

/** A durable outbox on BullMQ. See {@link createOutbox}. */
export interface Outbox {
  /** Stores a message for `instanceId` to send; resolves once it is durable in Redis. */
  send(
    instanceId: string,
    outgoing: OutgoingMessageInput,
    options?: OutboxSendOptions,
  ): Promise<OutboxReceipt>;
  /**
   * The Redis server times (milliseconds) of the instance's latest pacing grants, oldest first: one per send
   * attempt let through, kept when {@link OutboxOptions.keepPacingGrants} is set.
   */
  pacingGrants(instanceId: string): Promise<number[]>;
  /** Starts a worker in this process (any number of processes may run workers). */
  startWorker(options?: OutboxWorkerOptions): OutboxWorker;
  /** A new `QueueEvents` of the outbox queue: `completed` (result), `failed` (dead letter), `progress`, `delayed`. */
  createQueueEvents(): QueueEvents;
  /** The BullMQ queue of messages. */
  readonly queue: Queue<OutboxJobData, OutboxResult>;
  /** The dead-letter queue: one job per message that could not be sent, with the redacted error. */
  readonly deadLetterQueue: Queue<DeadLetterEntry>;
  /** Closes the workers this outbox started (finishing their sends), the queues and the connections it opened. */
  close(): Promise<void>;
}

function isRedisClient(connection: OutboxOptions['connection']): connection is Redis {
  return typeof connection === 'object' && typeof (connection as Redis).duplicate === 'function';
}

function openConnection(connection: OutboxOptions['connection']): { client: Redis; owned: boolean } {
  if (isRedisClient(connection)) return { client: connection, owned: false };
  const shared = { maxRetriesPerRequest: null };
  const client =
    typeof connection === 'string' ? new Redis(connection, shared) : new Redis({ ...connection, ...shared });
  return { client, owned: true };
}

function serializable(outgoing: OutgoingMessage): OutgoingMessage {
  const message = outgoing.message;
  if (message.type === 'media' && message.media.data !== undefined) {
    throw new MessengerError(
      'The outbox stores messages in Redis: give a media file by url, path or mediaKey, not as bytes',
      { code: 'invalid-request' },
    );
  }
  return outgoing;
}

function checkSendOptions(instanceId: string, options: OutboxSendOptions): void {
  const invalid = (text: string) => new MessengerError(text, { code: 'invalid-request' });
  if (typeof instanceId !== 'string' || instanceId.length === 0)
    throw invalid('instanceId must be a non-empty string');
  const { delayMilliseconds, priority, idempotencyKey } = options;
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || idempotencyKey.length === 0))
    throw invalid('idempotencyKey must be a non-empty string');
  if (delayMilliseconds !== undefined && !(Number.isFinite(delayMilliseconds) && delayMilliseconds >= 0))
    throw invalid('delayMilliseconds must be a number ≥ 0');
  if (priority !== undefined && !(Number.isInteger(priority) && priority >= 0 && priority <= 2_097_152))
    throw invalid('priority must be an integer from 0 to 2097152');
}

/**
 * Creates a durable outbox on BullMQ: `send` stores a message in Redis and returns; workers in any number of
 * processes send it through the instance's messenger, paced per instance, one at a time and in order per chat,
 * once per idempotency key, retrying along the error tree and dead-lettering the rest.
 *
 * @example
 * ```ts
 * import { createOutbox } from '@switchboard/bullmq';
 *
 * const outbox = createOutbox({
 *   connection: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
 *   resolveMessenger: (instanceId) => messengers.get(instanceId),
 *   pacing: { messages: 20, intervalMilliseconds: 60_000 },
 * });
 * await outbox.send('7103000000', { recipient: { phone: '79001234567' }, message: { type: 'text', text: 'Shipped' } }, {
 *   idempotencyKey: `order-${order.id}-shipped`,
 * });
 * const worker = outbox.startWorker({ concurrency: 16 });
 * process.once('SIGTERM', () => outbox.close());
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const keep = options.keepPacingGrants;
  if (keep !== undefined && !(Number.isInteger(keep) && keep >= 0))
    throw new RangeError('keepPacingGrants must be an integer ≥ 0');
  const { client, owned } = openConnection(options.connection);
  const redis = defineOutboxCommands(client);
  const queueName = options.queueName ?? 'switchboard-outbox';
  const queue = new Queue<OutboxJobData, OutboxResult>(queueName, { connection: client });
  const deadLetterQueue = new Queue<DeadLetterEntry>(`${queueName}-dead-letter`, { connection: client });
  const telemetry = new OutboxTelemetry();
  const context: OutboxContext = {
    options,
    redis,
    queue,
    deadLetterQueue,
    keys: outboxKeys(options.keyPrefix ?? 'switchboard:outbox:'),
    telemetry,
    attempts: options.attempts ?? 8,
    idempotencyTtlMilliseconds: options.idempotencyTtlMilliseconds ?? 86_400_000,
    turnCheckMilliseconds: options.turnCheckMilliseconds ?? 5000,
  };
  const workers = new Set<OutboxWorker>();
  const stopObservingDepth = observeOutboxDepth(queueName, () =>
    queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active'),
  );

  const send: Outbox['send'] = async (instanceId, input, sendOptions = {}) => {
    checkSendOptions(instanceId, sendOptions);
    const outgoing = serializable(createOutgoingMessage(input));
    const idempotencyKey = sendOptions.idempotencyKey ?? randomUUID();
    const jobId = outboxJobId(instanceId, idempotencyKey);
    const chatKey = chatKeyOf(outgoing);
    const attributes = { instanceId, messageType: outgoing.message.type };
    return telemetry.enqueue(attributes, async () => {
      const now = Date.now();
      const [sequence, created, state, next] = await redis.outboxReserve(
        context.keys.chat(instanceId, chatKey),
        context.keys.message(instanceId, jobId),
        jobId,
        now,
        context.idempotencyTtlMilliseconds,
      );
      const receipt: OutboxReceipt = { jobId, idempotencyKey, sequence, duplicate: created === 0 };
      if (state === 'sent' || state === 'dead-lettered') return receipt;
      const delayMilliseconds = sendOptions.delayMilliseconds ?? 0;
      const waitsForTurn = sequence > next;
      const data: OutboxJobData = {
        instanceId,
        chatKey,
        sequence,
        idempotencyKey,
        outgoing,
        ...(delayMilliseconds > 0 ? { notBefore: now + delayMilliseconds } : {}),
      };
      const job = await queue.add('send', data, {
        jobId,
        // A later message of a chat waits in the delayed set until the one before it hands over its turn.
        delay: Math.max(delayMilliseconds, waitsForTurn ? context.turnCheckMilliseconds : 0),
        ...(sendOptions.priority === undefined ? {} : { priority: sendOptions.priority }),
        // Errors of the outbox's own bookkeeping (Redis, resolveMessenger) are retried by BullMQ.
        attempts: context.attempts,
        backoff: { type: 'exponential', delay: options.baseRetryDelayMilliseconds ?? 1000 },
        removeOnComplete: { count: 1000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
      if (created === 1 && waitsForTurn && delayMilliseconds === 0) {
        // The previous message may have finished before this job existed: then nobody promotes it.
        const current = Number((await redis.hget(context.keys.chat(instanceId, chatKey), 'next')) ?? '1');
        if (current === sequence) await job.promote().catch(() => undefined);
      }
      return receipt;
    });
  };

  const startWorker: Outbox['startWorker'] = (workerOptions = {}) => {
    const worker = new Worker<OutboxJobData, OutboxResult>(
      queueName,
      createOutboxProcessor(context, { instanceConcurrency: workerOptions.instanceConcurrency ?? 4 }),
      {
        connection: client,
        concurrency: workerOptions.concurrency ?? 16,
        lockDuration: workerOptions.lockDurationMilliseconds ?? 30_000,
        maxStalledCount: 10,
        ...(workerOptions.stalledIntervalMilliseconds === undefined
          ? {}
          : { stalledInterval: workerOptions.stalledIntervalMilliseconds }),
      },
    );
    // A job that BullMQ itself gave up on (its own retries of bookkeeping errors, or too many stalls) still
    // reaches the dead-letter queue and releases its chat.
    worker.on('failed', (job, error) => {
      if (job === undefined || error.name === 'UnrecoverableError') return;
      const finalFailure = async () => (await job.getState()) === 'failed'; // not about to be retried by BullMQ
      void finalFailure()
        .then((final) => (final ? deadLetterAbandoned(job, error) : undefined))
        .catch(() => undefined);
    });
    worker.on('error', () => undefined); // connection errors: BullMQ reconnects by itself
    const handle: OutboxWorker = {
      worker,
      close: async () => {
        workers.delete(handle);
        await worker.close();
      },
    };
    workers.add(handle);
    return handle;
  };

  async function deadLetterAbandoned(job: { id?: string | undefined; data: OutboxJobData }, error: Error) {
    const jobId = job.id as string;
    const messageKey = context.keys.message(job.data.instanceId, jobId);
    const [state, attempts] = await redis.hmget(messageKey, 'state', 'attempts');
    if (state === 'sent' || state === 'dead-lettered') return;
    await deadLetterMessage(context, jobId, job.data, error, {
      attempts: Number(attempts ?? '0'),
      maybeSent: state === 'attempting',
    });
  }

  return {
    send,
    startWorker,
    pacingGrants: async (instanceId) =>
      (await redis.lrange(context.keys.grants(instanceId), 0, -1)).map(Number),
    createQueueEvents: () => new QueueEvents(queueName, { connection: client }),
    queue,
    deadLetterQueue,
    close: async () => {
      stopObservingDepth();
      await Promise.all([...workers].map((worker) => worker.close()));
      await queue.close();
      await deadLetterQueue.close();
      if (owned) await client.quit().catch(() => undefined);
    },
  };
}
