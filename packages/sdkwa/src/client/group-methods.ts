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

/**
 * A group and one participant.
 *
 * @example
 * ```ts
 * const input: SdkwaParticipantInput = { groupId: '120363043968066561@g.us', participantChatId: '79001234567@c.us' };
 * ```
 */
export type SdkwaParticipantInput = GreenApiGroupParticipant;

const pictureSchema = v.looseObject({
  setGroupPicture: v.optional(v.boolean()),
  urlAvatar: v.optional(v.nullable(v.string())),
  reason: v.optional(v.nullable(v.string())),
});

/**
 * Group methods. A failed operation answers its flag `false` with HTTP 200, thrown as
 * `invalid-request`; an unknown group's `getGroupData` (`"Error: item-not-found"`) as `not-found`.
 *
 * @example
 * ```ts
 * const { chatId } = await client.createGroup({ groupName: 'Team', chatIds: ['7900123456859@c.us'] });
 * ```
 */
export const sdkwaGroupMethods = {
  /**
   * `POST createGroup {groupName, chatIds}`: `{created, chatId, groupInviteLink}`.
   *
   * @example
   * ```ts
   * const group = await client.createGroup({ groupName: 'My test group', chatIds: ['7900123456859@c.us'] });
   * ```
   */
  createGroup(
    this: SdkwaClientCore,
    input: { groupName: string; chatIds: string[] },
    options?: SdkwaCallOptions,
  ): Promise<CreatedGroupResponse> {
    return callPost(this, 'createGroup', input, createdGroupSchema, options);
  },

  /**
   * `POST getGroupData {groupId}`.
   *
   * @example
   * ```ts
   * const data = await client.getGroupData({ groupId: '120363043968066561@g.us' });
   * ```
   */
  getGroupData(
    this: SdkwaClientCore,
    input: { groupId: string },
    options?: SdkwaCallOptions,
  ): Promise<GreenApiGroupData> {
    return callPost(this, 'getGroupData', input, groupDataSchema, options, true);
  },

  /**
   * `POST addGroupParticipant {groupId, participantChatId}` (`{addParticipant}`).
   *
   * @example
   * ```ts
   * await client.addGroupParticipant({ groupId, participantChatId: '7900123456851@c.us' });
   * ```
   */
  addGroupParticipant(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'addParticipant'>> {
    return callPost(this, 'addGroupParticipant', input, confirmationSchema('addParticipant'), options);
  },

  /**
   * `POST removeGroupParticipant {groupId, participantChatId}` (`{removeParticipant}`).
   *
   * @example
   * ```ts
   * await client.removeGroupParticipant({ groupId, participantChatId });
   * ```
   */
  removeGroupParticipant(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'removeParticipant'>> {
    return callPost(this, 'removeGroupParticipant', input, confirmationSchema('removeParticipant'), options);
  },

  /**
   * `POST setGroupAdmin {groupId, participantChatId}` (`{setGroupAdmin}`).
   *
   * @example
   * ```ts
   * await client.setGroupAdmin({ groupId, participantChatId });
   * ```
   */
  setGroupAdmin(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'setGroupAdmin'>> {
    return callPost(this, 'setGroupAdmin', input, confirmationSchema('setGroupAdmin'), options);
  },

  /**
   * `POST removeAdmin {groupId, participantChatId}` (`{removeAdmin}`).
   *
   * @example
   * ```ts
   * await client.removeAdmin({ groupId, participantChatId });
   * ```
   */
  removeAdmin(
    this: SdkwaClientCore,
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'removeAdmin'>> {
    return callPost(this, 'removeAdmin', input, confirmationSchema('removeAdmin'), options);
  },

  /**
   * `POST updateGroupName {groupId, groupName}` (`{updateGroupName}`).
   *
   * @example
   * ```ts
   * await client.updateGroupName({ groupId, groupName: 'Team 2026' });
   * ```
   */
  updateGroupName(
    this: SdkwaClientCore,
    input: { groupId: string; groupName: string },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'updateGroupName'>> {
    return callPost(this, 'updateGroupName', input, confirmationSchema('updateGroupName'), options);
  },

  /**
   * `POST leaveGroup {groupId}` (`{leaveGroup}`).
   *
   * @example
   * ```ts
   * await client.leaveGroup({ groupId });
   * ```
   */
  leaveGroup(
    this: SdkwaClientCore,
    input: { groupId: string },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'leaveGroup'>> {
    return callPost(this, 'leaveGroup', input, confirmationSchema('leaveGroup'), options);
  },

  /**
   * `POST setGroupPicture` (multipart `groupId` + `file`, a JPEG).
   *
   * @example
   * ```ts
   * await client.setGroupPicture({ groupId, file: { data: jpegBytes, fileName: 'logo.jpg', mimeType: 'image/jpeg' } });
   * ```
   */
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
