import type { OutgoingMessage } from '@switchboard/core';
import type { OutboxErrorSummary } from './describe-outbox-error.js';

/** A job of the dead-letter queue (`<queueName>-dead-letter`, same job id as the message). */
export interface DeadLetterEntry {
  /** The instance that was to send it. */
  instanceId: string;
  /** The key it was sent to the outbox with. */
  idempotencyKey: string;
  /** The message, to inspect or send again. */
  outgoing: OutgoingMessage;
  /** The last error, redacted. */
  error: OutboxErrorSummary;
  /** Send attempts made. */
  attempts: number;
  /** Whether the last attempt may have reached the provider (its answer was lost and no journal could tell). */
  maybeSent: boolean;
  /** When the worker dead-lettered it, in Unix milliseconds of its clock. */
  deadLetteredAt: number;
}
