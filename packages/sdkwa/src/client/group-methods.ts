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
import { SdkwaChatMethods } from './chat-methods.js';
import type { SdkwaCallOptions, SdkwaUploadFile } from './sdkwa-client-base.js';

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
export class SdkwaGroupMethods extends SdkwaChatMethods {
  /**
   * `POST createGroup {groupName, chatIds}`: `{created, chatId, groupInviteLink}`.
   *
   * @example
   * ```ts
   * const group = await client.createGroup({ groupName: 'My test group', chatIds: ['7900123456859@c.us'] });
   * ```
   */
  createGroup(
    input: { groupName: string; chatIds: string[] },
    options?: SdkwaCallOptions,
  ): Promise<CreatedGroupResponse> {
    return this.post('createGroup', input, createdGroupSchema, options);
  }

  /**
   * `POST getGroupData {groupId}`.
   *
   * @example
   * ```ts
   * const data = await client.getGroupData({ groupId: '120363043968066561@g.us' });
   * ```
   */
  getGroupData(input: { groupId: string }, options?: SdkwaCallOptions): Promise<GreenApiGroupData> {
    return this.post('getGroupData', input, groupDataSchema, options, true);
  }

  /**
   * `POST addGroupParticipant {groupId, participantChatId}` (`{addParticipant}`).
   *
   * @example
   * ```ts
   * await client.addGroupParticipant({ groupId, participantChatId: '7900123456851@c.us' });
   * ```
   */
  addGroupParticipant(
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'addParticipant'>> {
    return this.post('addGroupParticipant', input, confirmationSchema('addParticipant'), options);
  }

  /**
   * `POST removeGroupParticipant {groupId, participantChatId}` (`{removeParticipant}`).
   *
   * @example
   * ```ts
   * await client.removeGroupParticipant({ groupId, participantChatId });
   * ```
   */
  removeGroupParticipant(
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'removeParticipant'>> {
    return this.post('removeGroupParticipant', input, confirmationSchema('removeParticipant'), options);
  }

  /**
   * `POST setGroupAdmin {groupId, participantChatId}` (`{setGroupAdmin}`).
   *
   * @example
   * ```ts
   * await client.setGroupAdmin({ groupId, participantChatId });
   * ```
   */
  setGroupAdmin(
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'setGroupAdmin'>> {
    return this.post('setGroupAdmin', input, confirmationSchema('setGroupAdmin'), options);
  }

  /**
   * `POST removeAdmin {groupId, participantChatId}` (`{removeAdmin}`).
   *
   * @example
   * ```ts
   * await client.removeAdmin({ groupId, participantChatId });
   * ```
   */
  removeAdmin(
    input: SdkwaParticipantInput,
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'removeAdmin'>> {
    return this.post('removeAdmin', input, confirmationSchema('removeAdmin'), options);
  }

  /**
   * `POST updateGroupName {groupId, groupName}` (`{updateGroupName}`).
   *
   * @example
   * ```ts
   * await client.updateGroupName({ groupId, groupName: 'Team 2026' });
   * ```
   */
  updateGroupName(
    input: { groupId: string; groupName: string },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'updateGroupName'>> {
    return this.post('updateGroupName', input, confirmationSchema('updateGroupName'), options);
  }

  /**
   * `POST leaveGroup {groupId}` (`{leaveGroup}`).
   *
   * @example
   * ```ts
   * await client.leaveGroup({ groupId });
   * ```
   */
  leaveGroup(
    input: { groupId: string },
    options?: SdkwaCallOptions,
  ): Promise<ConfirmationResponse<'leaveGroup'>> {
    return this.post('leaveGroup', input, confirmationSchema('leaveGroup'), options);
  }

  /**
   * `POST setGroupPicture` (multipart `groupId` + `file`, a JPEG).
   *
   * @example
   * ```ts
   * await client.setGroupPicture({ groupId, file: { data: jpegBytes, fileName: 'logo.jpg', mimeType: 'image/jpeg' } });
   * ```
   */
  setGroupPicture(
    input: { groupId: string; file: SdkwaUploadFile },
    options?: SdkwaCallOptions,
  ): Promise<SdkwaPictureResponse> {
    return this.call('setGroupPicture', {
      verb: 'POST',
      body: multipartForm(input.file, { groupId: input.groupId }),
      schema: pictureSchema,
      ...options,
    });
  }
}
