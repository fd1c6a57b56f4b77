import type { MessageStatus } from '@switchboard/core';
import { ownValue } from '@switchboard/core/adapter';

const statuses: Readonly<Record<string, MessageStatus>> = {
  '-1': 'failed',
  '0': 'pending',
  '1': 'sent',
  '2': 'delivered',
  '3': 'read',
  '4': 'played',
};

/**
 * Maps a Whatsgate `ack` (whatsapp-web.js values) to a message status: -1 `failed`, 0 `pending`,
 * 1 `sent`, 2 `delivered`, 3 `read`, 4 `played`; `undefined` for anything else.
 */
export function mapMessageStatus(ack: number | null | undefined): MessageStatus | undefined {
  return ack === null || ack === undefined ? undefined : ownValue(statuses, String(ack));
}
