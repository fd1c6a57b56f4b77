import { emptyResponse, jsonResponse } from '../../shared/index.js';
import { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import type { GreenApiInstance } from '../green-api-instance.js';
import type { GreenApiRouteContext } from '../green-api-route.js';
import { type GreenApiRoute, networksOf } from '../green-api-route.js';
import { placeholderBytes } from '../media-placeholders.js';
import { networkRules } from '../network-rules.js';
import { requireChatId } from '../route-helpers.js';
import { contactInfoView } from './contact-info-view.js';

function avatarOf(context: GreenApiRouteContext, chatId: string): string {
  const { instance, services } = context;
  const known = instance.directory.get(chatId)?.avatarUrl;
  if (known !== undefined) return known;
  const stored = services.media.put({
    bytes: placeholderBytes('image/jpeg', 'avatar.jpg'),
    fileName: 'avatar.jpg',
    mimeType: 'image/jpeg',
  });
  instance.directory.upsert({ chatId, avatarUrl: stored.url });
  return stored.url;
}

function archiveRoute(name: string, isArchive: boolean): GreenApiRoute {
  return {
    name,
    verbs: ['POST'],
    networks: networksOf.whatsappTelegram,
    live: true,
    handle: ({ request, instance }) => {
      const chatId = requireChatId(BodyFields.fromRequest(request), instance);
      instance.directory.upsert({ chatId, isArchive });
      return emptyResponse(200);
    },
  };
}

function resolveAccount(
  instance: GreenApiInstance,
  phone: string,
  force: boolean,
): { exist: boolean; chatId: string; fromCache: boolean } {
  if (instance.typeInstance === 'v3' && !/^(?:7|375)/.test(phone))
    return { exist: false, chatId: '', fromCache: false };
  const known = instance.directory.byPhone(phone);
  if (known !== undefined) return { exist: known.exists !== false, chatId: known.chatId, fromCache: !force };
  const chatId = String(10_000_000 + Math.floor(instance.random() * 89_999_999));
  instance.directory.upsert({ chatId, phone, exists: true });
  return { exist: true, chatId, fromCache: false };
}

/**
 * Service methods about contacts (reference §2.8): checkWhatsapp (11–16 digit rule), checkAccount (Telegram/MAX),
 * getAvatar (failures as 200 + `reason`), getContacts, getContactInfo, archive/unarchive, setDisappearingChat.
 */
export const contactRoutes: readonly GreenApiRoute[] = [
  {
    name: 'checkWhatsapp',
    verbs: ['POST'],
    networks: networksOf.whatsapp,
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      let chatId: string;
      if (fields.values.phoneNumber === undefined && typeof fields.values.chatId === 'string') {
        chatId = requireChatId(fields, instance);
      } else {
        const phone = fields.phoneNumber('phoneNumber');
        if (phone.length < 11 || phone.length > 16) {
          throw GreenApiHttpError.badRequest('bad phone number, valid from 11 to 16 digits');
        }
        chatId = `${phone}@c.us`;
      }
      const contact = instance.directory.get(chatId);
      return jsonResponse(200, {
        existsWhatsapp: instance.directory.exists(chatId),
        chatId: contact?.lid ?? chatId,
      });
    },
  },
  {
    name: 'checkAccount',
    verbs: ['POST'],
    networks: networksOf.telegramMax,
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const phone = fields.phoneNumber('phoneNumber');
      return jsonResponse(200, resolveAccount(instance, phone, fields.optionalBoolean('force') ?? false));
    },
  },
  {
    name: 'getAvatar',
    verbs: ['POST'],
    live: true,
    handle: (context) => {
      const { instance } = context;
      const fields = BodyFields.fromRequest(context.request);
      const chatId = fields.requiredString('chatId');
      const whatsapp = instance.typeInstance === 'whatsapp';
      const failed = (reason: string, exists: boolean) =>
        jsonResponse(
          200,
          whatsapp
            ? { existsWhatsapp: exists, urlAvatar: '', available: false, reason }
            : { urlAvatar: '', available: false, reason },
        );
      if (!networkRules.isValidChatId(instance.typeInstance, chatId))
        return failed('bad request data', false);
      const contact = instance.directory.get(chatId);
      if (contact?.avatarFailureReason !== undefined)
        return failed(contact.avatarFailureReason, instance.directory.exists(chatId));
      if (!instance.directory.exists(chatId)) return failed('bad request data', false);
      const urlAvatar = avatarOf(context, chatId);
      return jsonResponse(
        200,
        whatsapp ? { existsWhatsapp: true, urlAvatar, available: true } : { urlAvatar, available: true },
      );
    },
  },
  {
    name: 'getContacts',
    verbs: ['GET'],
    live: true,
    handle: ({ request, instance }) => {
      const onlyGroups = request.query.get('group') === 'true';
      const count = Number(request.query.get('count') ?? Number.MAX_SAFE_INTEGER) || Number.MAX_SAFE_INTEGER;
      const users = onlyGroups
        ? []
        : instance.directory
            .list()
            .filter(
              (contact) =>
                contact.exists !== false &&
                !networkRules.isGroupChatId(instance.typeInstance, contact.chatId),
            )
            .map((contact) => ({
              id: contact.chatId,
              name: contact.name ?? '',
              contactName: contact.contactName ?? '',
              type: 'user',
            }));
      const groups = instance.groups
        .list()
        .filter((group) => !group.left)
        .map((group) => ({ id: group.chatId, name: group.subject, contactName: '', type: 'group' }));
      return jsonResponse(200, [...users, ...groups].slice(0, count));
    },
  },
  {
    name: 'getContactInfo',
    verbs: ['POST'],
    live: true,
    handle: (context) => {
      const chatId = requireChatId(BodyFields.fromRequest(context.request), context.instance);
      return jsonResponse(200, contactInfoView(context.instance, chatId, avatarOf(context, chatId)));
    },
  },
  archiveRoute('archiveChat', true),
  archiveRoute('unarchiveChat', false),
  {
    name: 'setDisappearingChat',
    verbs: ['POST'],
    networks: networksOf.whatsapp,
    live: true,
    handle: ({ request, instance }) => {
      const fields = BodyFields.fromRequest(request);
      const chatId = requireChatId(fields, instance);
      const ephemeralExpiration = fields.optionalInteger('ephemeralExpiration') ?? 0;
      if (![0, 86_400, 604_800, 7_776_000].includes(ephemeralExpiration)) {
        throw GreenApiHttpError.validation(
          `'ephemeralExpiration' must be one of [0, 86400, 604800, 7776000]`,
        );
      }
      instance.directory.upsert({ chatId, messageExpiration: ephemeralExpiration });
      return jsonResponse(200, {
        chatId,
        disappearingMessagesInChat: ephemeralExpiration > 0,
        ephemeralExpiration,
      });
    },
  },
];
