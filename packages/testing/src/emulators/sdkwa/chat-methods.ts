import { emptyResponse, jsonResponse } from '../shared/index.js';
import { qrCodePng } from '../shared/qr-code-png.js';
import { phoneDigits } from './sdkwa-directory.js';
import { SdkwaHttpError } from './sdkwa-http-error.js';
import type { SdkwaMethodCall, SdkwaMethodTable } from './sdkwa-method-call.js';

function avatarUrl(call: SdkwaMethodCall, chatId: string): string {
  const { directory, media } = call.context;
  const group = call.instance.groups.get(chatId);
  if (group !== undefined) return group.urlAvatar;
  const known = directory.avatarOf(chatId);
  if (known !== undefined) return known;
  const stored = media.put({
    bytes: qrCodePng(`avatar:${chatId}`, 8),
    fileName: 'avatar.png',
    mimeType: 'image/png',
  });
  return directory.setAvatar(chatId, media.urlOf(stored));
}

function errorAnswer(message: string): SdkwaHttpError {
  return new SdkwaHttpError(jsonResponse(400, { error: message }));
}

function archive(call: SdkwaMethodCall, archived: boolean) {
  const chatId = call.chatId();
  if (!call.instance.journal.hasChat(chatId)) {
    const action = archived ? 'archive' : 'unarchive';
    throw errorAnswer(`ArchiveChatError: cannot ${action} chat cause last message not found in chat`);
  }
  call.instance.chats.setArchived(chatId, archived);
  return jsonResponse(200, {});
}

function contactInfo(call: SdkwaMethodCall) {
  const chatId = call.chatId();
  const { instance, context } = call;
  const preferences = instance.chats.preferences(chatId);
  return jsonResponse(200, {
    avatar: context.directory.exists(chatId) ? avatarUrl(call, chatId) : '',
    name: instance.chats.contact(chatId)?.name || context.directory.nameOf(chatId),
    email: '',
    category: '',
    description: '',
    products: [],
    chatId,
    lastSeen: null,
    isArchive: instance.chats.isArchived(chatId),
    isDisappearing: preferences.messageExpirationMilliseconds > 0,
    isMute: preferences.isMuted,
    // SDKWA sends the timer in whole seconds.
    messageExpiration: Math.ceil(preferences.messageExpirationMilliseconds / 1000),
    muteExpiration: null,
  });
}

/**
 * Read marks, chats and contacts (reference §3.4). `getContactInfo` answers GET with a JSON body (OpenAPI, JS, Go),
 * GET with `?chatId=` and POST (Python) [C]; the Postman spelling `GetContactInfo` works because routing is
 * case-insensitive. `checkContact` and `blockChat` are Postman-only. `readChat` answers `setRead:false` for a chat
 * without messages [I].
 */
export const chatMethods: SdkwaMethodTable = {
  readChat: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const idMessage = call.optionalString('idMessage');
      const known = call.instance.journal.hasChat(chatId);
      if (known) call.instance.journal.markRead(chatId, idMessage === '' ? undefined : idMessage);
      return jsonResponse(200, { setRead: known });
    },
  },
  getContacts: {
    verbs: ['GET'],
    handle: (call) => {
      const { instance, context } = call;
      const contacts = instance.chats.contacts().map((contact) => ({
        ...contact,
        name:
          contact.name || instance.groups.get(contact.id)?.subject || context.directory.nameOf(contact.id),
      }));
      for (const group of instance.groups.all()) {
        if (!contacts.some((contact) => contact.id === group.groupId)) {
          contacts.push({ id: group.groupId, name: group.subject, type: 'group' });
        }
      }
      return jsonResponse(200, contacts);
    },
  },
  getChats: {
    verbs: ['GET'],
    handle: (call) => {
      const { instance } = call;
      const ids = new Set([
        ...instance.journal.chatIds(),
        ...[...instance.groups.all()].map((group) => group.groupId),
      ]);
      return jsonResponse(
        200,
        [...ids].map((id) => ({
          id,
          archive: instance.chats.isArchived(id),
          notSpam: true,
          ephemeralExpiration: 0,
          ephemeralSettingTimestamp: 0,
        })),
      );
    },
  },
  getContactInfo: { verbs: ['GET', 'POST'], handle: contactInfo },
  checkWhatsapp: {
    verbs: ['POST'],
    handle: (call) => {
      const raw = call.fields().phoneNumber;
      const digits = typeof raw === 'number' || typeof raw === 'string' ? String(raw) : '';
      if (!/^\d{11,12}$/.test(digits)) throw errorAnswer('bad phone number, valid 11 or 12 digits');
      return jsonResponse(200, { existsWhatsapp: call.context.directory.exists(digits) });
    },
  },
  checkContact: {
    verbs: ['POST'],
    handle: (call) => {
      const digits = phoneDigits(call.requireString('contact'));
      if (!/^\d{11,12}$/.test(digits)) throw errorAnswer('bad phone number, valid 11 or 12 digits');
      return jsonResponse(200, { existsWhatsapp: call.context.directory.exists(digits) });
    },
  },
  blockChat: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const block = call.fields().block;
      call.instance.chats.setBlocked(chatId, block === true || block === 'true');
      return emptyResponse(200);
    },
  },
  getAvatar: {
    verbs: ['POST'],
    handle: (call) => {
      const raw = call.fields().chatId;
      const chatId = typeof raw === 'string' ? raw : '';
      if (!/@(c|g)\.us$/.test(chatId) && call.instance.network === 'whatsapp') {
        return jsonResponse(200, { existsWhatsapp: false, urlAvatar: '', reason: 'bad request data' });
      }
      const exists = call.context.directory.exists(chatId);
      return jsonResponse(200, { existsWhatsapp: exists, urlAvatar: exists ? avatarUrl(call, chatId) : '' });
    },
  },
  archiveChat: { verbs: ['POST'], handle: (call) => archive(call, true) },
  unarchiveChat: { verbs: ['POST'], handle: (call) => archive(call, false) },
  deleteMessage: {
    verbs: ['POST'],
    handle: (call) => {
      const chatId = call.chatId();
      const outcome = call.instance.journal.delete(chatId, call.requireString('idMessage'));
      if (outcome === 'chatNotFound') throw errorAnswer('chatId not found');
      if (outcome === 'messageNotFound') throw errorAnswer('ID message notfound');
      return jsonResponse(200, {});
    },
  },
};
