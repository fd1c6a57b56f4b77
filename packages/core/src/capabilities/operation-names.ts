/**
 * Every operation of the contract, by group. This list is the source of the `Capabilities`
 * type, of `supports(path)`, of the conformance suite's checks and of the generated feature matrix.
 * The `send` group names content kinds (`send.media` is `sendMedia` by URL, `send.mediaUpload`
 * the same with bytes or a file path, `send.reply` quoting with `replyTo`).
 */
export const operationNames = {
  /** Sending, by content kind: `messenger.send*`. */
  send: ['text', 'media', 'mediaUpload', 'location', 'contact', 'poll', 'typing', 'reply'],
  /** Acting on sent and received messages: `messenger.messages`. */
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
  /** Receiving: `messenger.inbox`. */
  inbox: ['receive', 'ack', 'parseWebhook'],
  /** The account's state, authorization and settings: `messenger.session`. */
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
  /** Group chats: `messenger.groups` and `messenger.group(chatId)`. */
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
  /** Contacts and chats: `messenger.contacts`. */
  contacts: ['check', 'getInfo', 'getAvatar', 'list', 'listChats'],
  /** The provider's outgoing and notification queues: `messenger.queue`. */
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
