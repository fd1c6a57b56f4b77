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
import { type GreenApiCallOptions, type GreenApiClientCore, groupFieldOf } from './green-api-client-core.js';

/** A group and one participant. */
export type GroupParticipantInput = GreenApiGroupParticipant;

/**
 * Group methods (reference §2.7). Every method takes `groupId` and sends it as `groupId` on WhatsApp
 * and as `chatId` on Telegram and MAX, as GREEN-API expects.
 */
export const greenApiGroupMethods = {
  /** `POST createGroup` (Telegram adds `type` and `messageAutoDeleteTime`). */
  createGroup(
    this: GreenApiClientCore,
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
  },

  /** `POST updateGroupName`. */
  updateGroupName(
    this: GreenApiClientCore,
    input: { groupId: string; groupName: string },
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'updateGroupName'>> {
    return changeGroup(
      this,
      'updateGroupName',
      input.groupId,
      { groupName: input.groupName },
      'updateGroupName',
      options,
    );
  },

  /** `POST getGroupData`; the HTTP-200 `"Error: item-not-found"` answer rejects with `not-found`. */
  getGroupData(
    this: GreenApiClientCore,
    input: { groupId: string },
    options?: GreenApiCallOptions,
  ): Promise<GreenApiGroupData> {
    return this.call('getGroupData', {
      verb: 'POST',
      json: { [groupFieldOf(this)]: input.groupId },
      schema: groupDataSchema,
      idempotent: true,
      ...options,
    });
  },

  /** `POST addGroupParticipant`. */
  addGroupParticipant(
    this: GreenApiClientCore,
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'addParticipant'>> {
    return changeParticipant(this, 'addGroupParticipant', input, 'addParticipant', options);
  },

  /** `POST removeGroupParticipant`. */
  removeGroupParticipant(
    this: GreenApiClientCore,
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'removeParticipant'>> {
    return changeParticipant(this, 'removeGroupParticipant', input, 'removeParticipant', options);
  },

  /** `POST setGroupAdmin`. */
  setGroupAdmin(
    this: GreenApiClientCore,
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'setGroupAdmin'>> {
    return changeParticipant(this, 'setGroupAdmin', input, 'setGroupAdmin', options);
  },

  /** `POST removeAdmin`. */
  removeAdmin(
    this: GreenApiClientCore,
    input: GroupParticipantInput,
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'removeAdmin'>> {
    return changeParticipant(this, 'removeAdmin', input, 'removeAdmin', options);
  },

  /** `POST setGroupPicture`: multipart (`file`, a JPEG, and the group field) to the API host. */
  setGroupPicture(
    this: GreenApiClientCore,
    input: { groupId: string; file: GreenApiUploadFile },
    options?: GreenApiCallOptions,
  ): Promise<PictureResponse> {
    return this.call('setGroupPicture', {
      verb: 'POST',
      body: multipartForm(input.file, { [groupFieldOf(this)]: input.groupId }),
      schema: pictureSchema,
      ...options,
    });
  },

  /** `POST leaveGroup`. */
  leaveGroup(
    this: GreenApiClientCore,
    input: { groupId: string },
    options?: GreenApiCallOptions,
  ): Promise<ConfirmationResponse<'leaveGroup'>> {
    return changeGroup(this, 'leaveGroup', input.groupId, {}, 'leaveGroup', options);
  },

  /** `POST updateGroupSettings` (Telegram, MAX): the `allowParticipants…` flags. */
  updateGroupSettings(
    this: GreenApiClientCore,
    input: { groupId: string } & Record<`allowParticipants${string}`, boolean | undefined>,
    options?: GreenApiCallOptions,
  ): Promise<Record<string, unknown>> {
    const { groupId, ...flags } = input;
    return this.call('updateGroupSettings', {
      verb: 'POST',
      json: { [groupFieldOf(this)]: groupId, ...flags },
      schema: v.looseObject({}),
      ...options,
    });
  },
};

/** The type of {@link greenApiGroupMethods}. */
export type GreenApiGroupMethods = typeof greenApiGroupMethods;

function changeParticipant<Field extends string>(
  client: GreenApiClientCore,
  method: string,
  input: GroupParticipantInput,
  field: Field,
  options: GreenApiCallOptions | undefined,
): Promise<ConfirmationResponse<Field>> {
  return changeGroup(
    client,
    method,
    input.groupId,
    { participantChatId: input.participantChatId },
    field,
    options,
  );
}

function changeGroup<Field extends string>(
  client: GreenApiClientCore,
  method: string,
  groupId: string,
  fields: Record<string, unknown>,
  field: Field,
  options: GreenApiCallOptions | undefined,
): Promise<ConfirmationResponse<Field>> {
  return client.call(method, {
    verb: 'POST',
    json: { [groupFieldOf(client)]: groupId, ...fields },
    schema: confirmationSchema(field),
    ...options,
  }) as Promise<ConfirmationResponse<Field>>;
}
