import type { DeadLetterEntry } from './dead-letter-entry.js';
import { describeOutboxError, type OutboxErrorSummary } from './describe-outbox-error.js';
import { handOverTurn } from './hand-over-turn.js';
import type { OutboxContext } from './outbox-context.js';
import type { OutboxJobData } from './outbox-job.js';

/**
 * Dead-letters a message: adds its entry (redacted error) to the dead-letter queue under its own job id, records it
 * `dead-lettered` and hands the chat's turn on. Returns the stored error summary.
 *
 * @example
 * const summary = await deadLetterMessage(context, job.id, job.data, error, { attempts: 3, maybeSent: false });
 */
export async function deadLetterMessage(
  context: OutboxContext,
  jobId: string,
  data: OutboxJobData,
  error: unknown,
  outcome: { attempts: number; maybeSent: boolean },
): Promise<OutboxErrorSummary> {
  const summary = describeOutboxError(error, context.options.redactor);
  const entry: DeadLetterEntry = {
    instanceId: data.instanceId,
    idempotencyKey: data.idempotencyKey,
    outgoing: data.outgoing,
    error: summary,
    attempts: outcome.attempts,
    maybeSent: outcome.maybeSent,
    deadLetteredAt: Date.now(),
  };
  await context.deadLetterQueue.add('dead-letter', entry, { jobId });
  await context.redis.outboxSettle(
    context.keys.message(data.instanceId, jobId),
    'dead-lettered',
    JSON.stringify(summary),
    context.idempotencyTtlMilliseconds,
  );
  await handOverTurn(context, data, '');
  return summary;
}
