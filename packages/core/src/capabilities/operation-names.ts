/**
 * Every operation of the contract, by group. This list is the source of the `Capabilities`
 * type, of `supports(path)`, of the conformance suite's checks and of the generated feature matrix.
 * The `send` group names content kinds (`send.media` is `sendMedia` by URL, `send.mediaUpload`
 * the same with bytes or a file path, `send.reply` quoting with `replyTo`).
 */
export const operationNames = {
  send: ['text', 'media', 'mediaUpload', 'location', 'contact', 'poll', 'typing', 'reply'],
  messages: [
    'edit',
    'delete',
    'forward',
    'markRead',
    'history',
    'get',
    'lastIncoming',
    'lastOutgoing',
    'downloadMedia',
  ],
  inbox: ['receive', 'ack', 'parseWebhook'],
  session: [
    'getState',
    'getProfile',
    'getQrCode',
    'requestPairingCode',
    'requestCode',
    'confirmCode',
    'confirmPassword',
    'logout',
    'reboot',
    'getSettings',
    'updateSettings',
  ],
  groups: [
    'create',
    'getInfo',
    'rename',
    'addParticipant',
    'removeParticipant',
    'promote',
    'demote',
    'setPicture',
    'leave',
  ],
  contacts: ['check', 'getInfo', 'getAvatar', 'list', 'listChats'],
  queue: ['listOutgoing', 'clearOutgoing', 'countNotifications', 'clearNotifications'],
} as const;

/** The operation groups: `'send' | 'messages' | 'inbox' | 'session' | 'groups' | 'contacts' | 'queue'`. */
export type OperationGroup = keyof typeof operationNames;

/** The operations of one group, for example `OperationName<'groups'>` is `'create' | 'getInfo' | …`. */
export type OperationName<Group extends OperationGroup> = (typeof operationNames)[Group][number];

/** A dotted path naming one operation, such as `'groups.create'` or `'send.poll'`. */
export type CapabilityPath = {
  [Group in OperationGroup]: `${Group}.${OperationName<Group>}`;
}[OperationGroup];
