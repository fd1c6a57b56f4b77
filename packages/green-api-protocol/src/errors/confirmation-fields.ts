/**
 * The GREEN-API-family methods whose success is a boolean field of the answer, by method name: a
 * `false` there is a failure sent with HTTP 200, which the adapters' error detectors turn into an
 * `invalid-request` error. Gateway-only methods (GREEN-API's partner `deleteInstanceAccount`) are added
 * by the adapter.
 */
export const confirmationFields: Readonly<Record<string, string>> = {
  createGroup: 'created',
  updateGroupName: 'updateGroupName',
  addGroupParticipant: 'addParticipant',
  removeGroupParticipant: 'removeParticipant',
  setGroupAdmin: 'setGroupAdmin',
  removeAdmin: 'removeAdmin',
  leaveGroup: 'leaveGroup',
  setGroupPicture: 'setGroupPicture',
  setProfilePicture: 'setProfilePicture',
  setSettings: 'saveSettings',
  reboot: 'isReboot',
  logout: 'isLogout',
};
