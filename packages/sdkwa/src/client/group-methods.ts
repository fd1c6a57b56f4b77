import {
  type ConfirmationResponse,
  type CreatedGroupResponse,
  confirmationSchema,
  createdGroupSchema,
  type GreenApiGroupData,
  type GreenApiGroupParticipant,
  groupDataSchema,
  multipartForm,
} from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import type { SdkwaPictureResponse } from './account-methods.js';
import {
  callPost,
  type SdkwaCallOptions,
  type SdkwaClientCore,
  type SdkwaUploadFile,
} from './sdkwa-client-core.js';

/** A group and one participant. */
export type SdkwaParticipantInput = GreenApiGroupParticipant;

const pictureSchema = v.looseObject({
  setGroupPicture: v.optional(v.boolean()),
  urlAvatar: v.optional(v.nullable(v.string())),
  reason: v.optional(v.nullable(v.string())),
});

/**
 * Group methods. A failed operation answers its flag `false` with HTTP 200, thrown as
 * `invalid-request`; an unknown group's `getGroupData` (`"Error: item-not-found"`) as `not-found`.
 */
export const sdkwaGroupMethods = {
  /** `POST createGroup {groupName, chatIds}`: `{created, chatId, groupInviteLink}`. */
  createGroup(
    this: SdkwaClientCore,
    input: { groupName: string; chatIds: string[] },
    options?: SdkwaCallOptions,
  ): Promise<CreatedGroupResponse> {
    return callPost(this, 'createGroup', input, createdGroupSchema, options);
  },

  /** `POST getGroupData {groupId}`. */
  getGroupData(
    this: SdkwaClientCore,
    input: { groupId: string },
    options?: SdkwaCallOptions,
  ): Promise<GreenApiGroupData> {
    return callPost(this, 'getGroupData', input, groupDataSchema, options, true);
  },

  /** `POST addGroupParticipant {groupId, participantChatId}` (`{addParticipant}`). */
  addGroupParticipant(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'addParticipant'>> {
    return callPost(this, 'addGroupParticipant', input, confirmationSchema('addParticipant'), options);
  },

  /** `POST removeGroupParticipant {groupId, participantChatId}` (`{removeParticipant}`). */
  removeGroupParticipant(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'removeParticipant'>> {
    return callPost(this, 'removeGroupParticipant', input, confirmationSchema('removeParticipant'), options);
  },

  /** `POST setGroupAdmin {groupId, participantChatId}` (`{setGroupAdmin}`). */
  setGroupAdmin(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'setGroupAdmin'>> {
    return callPost(this, 'setGroupAdmin', input, confirmationSchema('setGroupAdmin'), options);
  },

  /** `POST removeAdmin {groupId, participantChatId}` (`{removeAdmin}`). */
  removeAdmin(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'removeAdmin'>> {
    return callPost(this, 'removeAdmin', input, confirmationSchema('removeAdmin'), options);
  },

  /** `POST updateGroupName {groupId, groupName}` (`{updateGroupName}`). */
  updateGroupName(
    this: SdkwaClientCore,
    input: { groupId: string; groupName: string },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'updateGroupName'>> {
    return callPost(this, 'updateGroupName', input, confirmationSchema('updateGroupName'), options);
  },

  /** `POST leaveGroup {groupId}` (`{leaveGroup}`). */
  leaveGroup(
    this: SdkwaClientCore,
    input: { groupId: string },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'leaveGroup'>> {
    return callPost(this, 'leaveGroup', input, confirmationSchema('leaveGroup'), options);
  },

  /** `POST setGroupPicture` (multipart `groupId` + `file`, a JPEG). */
  setGroupPicture(
    this: SdkwaClientCore,
    input: { groupId: string; file: SdkwaUploadFile },
    options?: SdkwaCallOptions,
  ): Promise<SdkwaPictureResponse> {
    return this.call('setGroupPicture', {
      verb: 'POST',
      body: multipartForm(input.file, { groupId: input.groupId }),
      schema: pictureSchema,
      ...options,
    });
  },
};

/** The type of {@link sdkwaGroupMethods}. */
export type SdkwaGroupMethods = typeof sdkwaGroupMethods;
