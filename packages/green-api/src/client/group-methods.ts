import { omitUndefined } from '@switchboard/core/adapter';
import {
  type ConfirmationResponse,
  type CreatedGroupResponse,
  confirmationSchema,
  createdGroupSchema,
  type GreenApiGroupData,
  type GreenApiGroupParticipant,
  groupDataSchema,
  multipartForm,
  type PictureResponse,
  pictureSchema,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { GreenApiUploadFile } from './account-methods.js';
import type { GreenApiCallOptions } from './client-base.js';
import { GreenApiQueueMethods } from './queue-methods.js';

/**
 * A group and one participant.
 *
 * @example
 * ```ts
 * const input: GroupParticipantInput = { groupId: '120363043968066561@g.us', participantChatId: '79001234567@c.us' };
 * ```
 */
export type GroupParticipantInput = GreenApiGroupParticipant;

/**
 * Group methods (reference §2.7). Every method takes `groupId` and sends it as `groupId` on WhatsApp
 * and as `chatId` on Telegram and MAX, as GREEN-API expects.
 *
 * @example
 * ```ts
 * const { chatId } = await client.createGroup({ groupName: 'Team', chatIds: ['79001234567@c.us'] });
 * ```
 */
export class GreenApiGroupMethods extends GreenApiQueueMethods {
  /**
   * `POST createGroup` (Telegram adds `type` and `messageAutoDeleteTime`).
   *
   * @example
   * ```ts
   * const group = await client.createGroup({ groupName: 'Team', chatIds: [] });
   * ```
   */
  createGroup(
    input: {
      groupName: string;
      chatIds: string[];
      type?: 'group' | 'supergroup' | undefined;
      messageAutoDeleteTime?: number | undefined;
    },
    options?: GreenApiCallOptions,
  ): Promise<CreatedGroupResponse> {
    return this.call('createGroup', {
      verb: 'POST',
      json: omitUndefined(input),
      schema: createdGroupSchema,
      ...options,
    });
  }

  /**
   * `POST updateGroupName`.
   *
   * @example
   * ```ts
   * await client.updateGroupName({ groupId, groupName: 'Team 2026' });
   * ```
   */
  updateGroupName(
    input: { groupId: string; groupName: string },
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'updateGroupName'>> {
    return this.#group(
      'updateGroupName',
      input.groupId,
      { groupName: input.groupName },
      'updateGroupName',
      options,
    );
  }

  /**
   * `POST getGroupData`; the HTTP-200 `"Error: item-not-found"` answer rejects with `not-found`.
   *
   * @example
   * ```ts
   * const { subject, participants } = await client.getGroupData({ groupId });
   * ```
   */
  getGroupData(input: { groupId: string }, options?: GreenApiCallOptions): Promise<GreenApiGroupData> {
    return this.call('getGroupData', {
      verb: 'POST',
      json: { [this.groupField]: input.groupId },
      schema: groupDataSchema,
      idempotent: true,
      ...options,
    });
  }

  /**
   * `POST addGroupParticipant`.
   *
   * @example
   * ```ts
   * await client.addGroupParticipant({ groupId, participantChatId: '79001234567@c.us' });
   * ```
   */
  addGroupParticipant(
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'addParticipant'>> {
    return this.#participant('addGroupParticipant', input, 'addParticipant', options);
  }

  /**
   * `POST removeGroupParticipant`.
   *
   * @example
   * ```ts
   * await client.removeGroupParticipant({ groupId, participantChatId });
   * ```
   */
  removeGroupParticipant(
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'removeParticipant'>> {
    return this.#participant('removeGroupParticipant', input, 'removeParticipant', options);
  }

  /**
   * `POST setGroupAdmin`.
   *
   * @example
   * ```ts
   * await client.setGroupAdmin({ groupId, participantChatId });
   * ```
   */
  setGroupAdmin(
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'setGroupAdmin'>> {
    return this.#participant('setGroupAdmin', input, 'setGroupAdmin', options);
  }

  /**
   * `POST removeAdmin`.
   *
   * @example
   * ```ts
   * await client.removeAdmin({ groupId, participantChatId });
   * ```
   */
  removeAdmin(
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'removeAdmin'>> {
    return this.#participant('removeAdmin', input, 'removeAdmin', options);
  }

  /**
   * `POST setGroupPicture`: multipart (`file`, a JPEG, and the group field) to the API host.
   *
   * @example
   * ```ts
   * await client.setGroupPicture({ groupId, file: { data: jpegBytes, fileName: 'logo.jpg', mimeType: 'image/jpeg' } });
   * ```
   */
  setGroupPicture(
    input: { groupId: string; file: GreenApiUploadFile },
    options?: GreenApiCallOptions,
  ): Promise<PictureResponse> {
    return this.call('setGroupPicture', {
      verb: 'POST',
      body: multipartForm(input.file, { [this.groupField]: input.groupId }),
      schema: pictureSchema,
      ...options,
    });
  }

  /**
   * `POST leaveGroup`.
   *
   * @example
   * ```ts
   * await client.leaveGroup({ groupId });
   * ```
   */
  leaveGroup(
    input: { groupId: string },
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'leaveGroup'>> {
    return this.#group('leaveGroup', input.groupId, {}, 'leaveGroup', options);
  }

  /**
   * `POST updateGroupSettings` (Telegram, MAX): the `allowParticipants…` flags.
   *
   * @example
   * ```ts
   * await client.updateGroupSettings({ groupId, allowParticipantsAddMembers: false });
   * ```
   */
  updateGroupSettings(
    input: { groupId: string } & Record<`allowParticipants${string}`, boolean | undefined>,
    options?: GreenApiCallOptions,
  ): Promise<Record<string, unknown>> {
    const { groupId, ...flags } = input;
    return this.call('updateGroupSettings', {
      verb: 'POST',
      json: { [this.groupField]: groupId, ...flags },
      schema: v.looseObject({}),
      ...options,
    });
  }

  #participant<Field extends string>(
    method: string,
    input: GroupParticipantInput,
    field: Field,
    options: GreenApiCallOptions | undefined,
  ): Promise<ConfirmationResponse<Field>> {
    return this.#group(method, input.groupId, { participantChatId: input.participantChatId }, field, options);
  }

  #group<Field extends string>(
    method: string,
    groupId: string,
    fields: Record<string, unknown>,
    field: Field,
    options: GreenApiCallOptions | undefined,
  ): Promise<ConfirmationResponse<Field>> {
    return this.call(method, {
      verb: 'POST',
      json: { [this.groupField]: groupId, ...fields },
      schema: confirmationSchema(field),
      ...options,
    }) as Promise<ConfirmationResponse<Field>>;
  }
}
