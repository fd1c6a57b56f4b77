import type { CapabilityPath, Messenger } from '@switchboard/core';

const pngPixel = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * One plausible call of every operation of the contract, addressed to `chatId`. The conformance
 * suite uses them to prove that undeclared operations reject with `UnsupportedError`.
 *
 * @example
 * ```ts
 * await sampleOperationCalls['groups.create'](messenger, '79001234567@c.us');
 * ```
 */
export const sampleOperationCalls: Record<
  CapabilityPath,
  (messenger: Messenger, chatId: string) => Promise<unknown>
> = {
  'send.text': (messenger, chatId) => messenger.sendText(chatId, 'conformance text'),
  'send.media': (messenger, chatId) =>
    messenger.sendMedia(chatId, { url: 'https://example.com/conformance.png', fileName: 'conformance.png' }),
  'send.mediaUpload': (messenger, chatId) =>
    messenger.sendMedia(chatId, { data: pngPixel, fileName: 'conformance.png', mimeType: 'image/png' }),
  'send.location': (messenger, chatId) =>
    messenger.sendLocation(chatId, { latitude: 55.75, longitude: 37.61 }),
  'send.contact': (messenger, chatId) =>
    messenger.sendContact(chatId, { phone: '79001234567', firstName: 'Anna' }),
  'send.poll': (messenger, chatId) =>
    messenger.sendPoll(chatId, { question: 'Lunch?', options: ['Yes', 'No'] }),
  'send.typing': (messenger, chatId) => messenger.sendTyping(chatId),
  'send.reply': (messenger, chatId) =>
    messenger.sendText(chatId, 'conformance reply', { replyTo: 'MESSAGE1' }),
  'messages.edit': (messenger, chatId) =>
    messenger.messages.edit({ chatId, messageId: 'MESSAGE1', text: 'edited' }),
  'messages.delete': (messenger, chatId) => messenger.messages.delete({ chatId, messageId: 'MESSAGE1' }),
  'messages.forward': (messenger, chatId) =>
    messenger.messages.forward({ fromChatId: chatId, toChatId: chatId, messageIds: ['MESSAGE1'] }),
  'messages.markRead': (messenger, chatId) => messenger.messages.markRead({ chatId }),
  'messages.history': (messenger, chatId) => messenger.messages.history({ chatId, count: 5 }),
  'messages.get': (messenger, chatId) => messenger.messages.get({ chatId, messageId: 'MESSAGE1' }),
  'messages.lastIncoming': (messenger) => messenger.messages.lastIncoming({ minutes: 60 }),
  'messages.lastOutgoing': (messenger) => messenger.messages.lastOutgoing({ minutes: 60 }),
  'messages.downloadMedia': (messenger, chatId) =>
    messenger.messages.downloadMedia({ chatId, messageId: 'MESSAGE1' }),
  'inbox.receive': (messenger) => messenger.inbox.receive({ timeoutMilliseconds: 1 }),
  'inbox.ack': (messenger) => messenger.inbox.ack({ receipt: '1', event: undefined as never }),
  'inbox.parseWebhook': (messenger) =>
    messenger.inbox.parseWebhook(new Request('http://127.0.0.1/webhook', { method: 'POST', body: '{}' })),
  'session.getState': (messenger) => messenger.session.getState(),
  'session.getProfile': (messenger) => messenger.session.getProfile(),
  'session.getQrCode': (messenger) => messenger.session.getQrCode(),
  'session.requestPairingCode': (messenger) => messenger.session.requestPairingCode({ phone: '79001234567' }),
  'session.requestCode': (messenger) =>
    messenger.session.requestCode({ phone: '79001234567', channel: 'sms' }),
  'session.confirmCode': (messenger) => messenger.session.confirmCode('000000'),
  'session.confirmPassword': (messenger) => messenger.session.confirmPassword('conformance-password'),
  'session.logout': (messenger) => messenger.session.logout(),
  'session.reboot': (messenger) => messenger.session.reboot(),
  'session.getSettings': (messenger) => messenger.session.getSettings(),
  'session.updateSettings': (messenger) => messenger.session.updateSettings({ markIncomingAsRead: false }),
  'groups.create': (messenger, chatId) =>
    messenger.groups.create({ name: 'Conformance', participants: [chatId] }),
  'groups.getInfo': (messenger) => messenger.group('GROUP1').info(),
  'groups.rename': (messenger) => messenger.group('GROUP1').rename('Renamed'),
  'groups.addParticipant': (messenger, chatId) => messenger.group('GROUP1').addParticipant(chatId),
  'groups.removeParticipant': (messenger, chatId) => messenger.group('GROUP1').removeParticipant(chatId),
  'groups.promote': (messenger, chatId) => messenger.group('GROUP1').promote(chatId),
  'groups.demote': (messenger, chatId) => messenger.group('GROUP1').demote(chatId),
  'groups.setPicture': (messenger) =>
    messenger.group('GROUP1').setPicture({ data: pngPixel, fileName: 'picture.jpg', mimeType: 'image/jpeg' }),
  'groups.leave': (messenger) => messenger.group('GROUP1').leave(),
  'contacts.check': (messenger) => messenger.contacts.check('79001234567'),
  'contacts.getInfo': (messenger, chatId) => messenger.contacts.getInfo(chatId),
  'contacts.getAvatar': (messenger, chatId) => messenger.contacts.getAvatar(chatId),
  'contacts.list': (messenger) => messenger.contacts.list(),
  'contacts.listChats': (messenger) => messenger.contacts.listChats(),
  'queue.listOutgoing': (messenger) => messenger.queue.listOutgoing(),
  'queue.clearOutgoing': (messenger) => messenger.queue.clearOutgoing(),
  'queue.countNotifications': (messenger) => messenger.queue.countNotifications(),
  'queue.clearNotifications': (messenger) => messenger.queue.clearNotifications(),
};
