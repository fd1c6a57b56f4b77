import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { OutboxJobData, OutboxKeys, OutboxResult } from './outbox-job.js';
import type { OutboxOptions } from './outbox-options.js';
import type { OutboxCommands } from './outbox-scripts.js';
import type { OutboxTelemetry } from './outbox-telemetry.js';

/** The resolved options and shared parts an outbox and its workers work with. */
export interface OutboxContext {
  options: OutboxOptions;
  redis: Redis & OutboxCommands;
  queue: Queue<OutboxJobData, OutboxResult>;
  deadLetterQueue: Queue;
  keys: OutboxKeys;
  telemetry: OutboxTelemetry;
  attempts: number;
  idempotencyTtlMilliseconds: number;
  turnCheckMilliseconds: number;
}
