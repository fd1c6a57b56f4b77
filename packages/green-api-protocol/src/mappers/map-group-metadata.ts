import { createGroupMetadata, type GroupMetadata } from '@switchboard/core';
import { stripDeviceSuffix } from '@switchboard/core/adapter';
import type { GreenApiGroupData } from '../schemas/group-data-schema.js';
import { asIdentifier, asRecord, asText, secondsToMilliseconds } from './field-readers.js';

/**
 * Maps `getGroupData` to core group metadata: WhatsApp participants `{id, lid}` keep the `@lid` as
 * `alternateId`; Telegram/MAX participants are `{chatId}`.
 */
export function mapGroupMetadata(data: GreenApiGroupData, groupId: string): GroupMetadata {
  const participants = (data.participants ?? []).flatMap((participant) => {
    const record = asRecord(participant);
    const id = asIdentifier(record.id) ?? asIdentifier(record.chatId);
    if (id === undefined) return [];
    const alternateId = asText(record.lid);
    return [
      {
        id: stripDeviceSuffix(id),
        ...(alternateId === undefined ? {} : { alternateId }),
        isAdmin: record.isAdmin === true,
        isSuperAdmin: record.isSuperAdmin === true,
      },
    ];
  });
  const createdAt = secondsToMilliseconds(data.creation);
  return createGroupMetadata({
    id: asText(data.groupId) ?? asText(data.chatId) ?? groupId,
    name: asText(data.subject) ?? '',
    ...(asText(data.owner) === undefined ? {} : { owner: asText(data.owner) }),
    ...(asText(data.description) === undefined ? {} : { description: asText(data.description) }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(asText(data.groupInviteLink) === undefined ? {} : { inviteLink: asText(data.groupInviteLink) }),
    ...(typeof data.size === 'number' ? { size: data.size } : {}),
    participants,
  });
}
