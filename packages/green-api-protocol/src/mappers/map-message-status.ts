import type { MessageStatus } from '@switchboard/core';
import { ownValue } from '@switchboard/core/adapter';

const statuses: Readonly<Record<string, MessageStatus>> = {
  pending: 'pending',
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  played: 'played',
  failed: 'failed',
  noAccount: 'no-account',
  notInGroup: 'not-in-group',
  yellowCard: 'restricted',
};

/**
 * Maps GREEN-API's outgoing message status (`outgoingMessageStatus.status`, journal `statusMessage`)
 * to a core status; `undefined` when unknown.
 */
export function mapMessageStatus(status: unknown): MessageStatus | undefined {
  return typeof status === 'string' ? ownValue(statuses, status) : undefined;
}
