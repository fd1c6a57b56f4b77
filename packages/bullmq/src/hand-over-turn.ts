import type { OutboxContext } from './outbox-context.js';
import type { OutboxJobData } from './outbox-job.js';

/**
 * Moves a chat's turn past a settled message (remembering the provider's id of a sent one) and promotes the chat's
 * next message from the delayed set, so it does not wait for its next turn check.
 *
 * @example
 * await handOverTurn(context, job.data, sent.messageId);
 */
export async function handOverTurn(
  context: OutboxContext,
  data: OutboxJobData,
  messageId: string,
): Promise<void> {
  const nextJobId = await context.redis.outboxAdvance(
    context.keys.chat(data.instanceId, data.chatKey),
    data.sequence,
    context.idempotencyTtlMilliseconds,
    messageId,
  );
  if (nextJobId === null) return;
  const next = await context.queue.getJob(nextJobId);
  if (next === undefined || !(await next.isDelayed())) return;
  await next.promote().catch(() => undefined); // it left the delayed set in between: nothing to do
}
