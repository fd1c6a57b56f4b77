import type { OutgoingMessage } from '@switchboard/core';
import type { OutboxErrorSummary } from './describe-outbox-error.js';

/** A job of the dead-letter queue (`<queueName>-dead-letter`, same job id as the message). */
export interface DeadLetterEntry {
  instanceId: string;
  idempotencyKey: string;
  outgoing: OutgoingMessage;
  /** The last error, redacted. */
  error: OutboxErrorSummary;
  /** Send attempts made. */
  attempts: number;
  /** Whether the last attempt may have reached the provider (its answer was lost and no journal could tell). */
  maybeSent: boolean;
  /** Unix milliseconds. */
  deadLetteredAt: number;
}
