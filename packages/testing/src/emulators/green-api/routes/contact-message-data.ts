import type { BodyFields } from '../body-fields.js';
import { GreenApiHttpError } from '../green-api-http-error.js';
import type { GreenApiInstance } from '../green-api-instance.js';
import type { JsonObject } from '../green-api-types.js';
import { buildVcard } from '../vcard.js';

/**
 * Validates `sendContact.contact` per messenger and returns the `contactMessage` data: WhatsApp needs
 * `phoneContact` and one name field, Telegram `phoneContact` + `firstName`, MAX the `chatId` of a MAX user.
 */
export function contactMessageData(instance: GreenApiInstance, contact: BodyFields): JsonObject {
  const forwarding = { forwardingScore: 0, isForwarded: false };
  if (instance.typeInstance === 'v3') {
    const chatId = contact.requiredString('chatId');
    const displayName = instance.chatName(chatId) || chatId;
    return {
      typeMessage: 'contactMessage',
      contactMessageData: { displayName, vcard: buildVcard({ displayName }), ...forwarding },
    };
  }
  const phone = contact.phoneNumber('phoneContact');
  const telegram = instance.typeInstance === 'telegram';
  const firstName = telegram ? contact.requiredString('firstName') : contact.optionalString('firstName');
  const middleName = telegram ? undefined : contact.optionalString('middleName');
  const lastName = contact.optionalString('lastName');
  const company = contact.optionalString('company');
  const names = [firstName, middleName, lastName].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  if (names.length === 0) {
    throw GreenApiHttpError.validation(
      `'contact' must contain at least one of [firstName, middleName, lastName]`,
    );
  }
  const displayName = names.join(' ');
  const vcard = buildVcard({
    displayName,
    phone,
    ...(firstName === undefined ? {} : { firstName }),
    ...(middleName === undefined ? {} : { middleName }),
    ...(lastName === undefined ? {} : { lastName }),
    ...(company === undefined ? {} : { company }),
  });
  return { typeMessage: 'contactMessage', contactMessageData: { displayName, vcard, ...forwarding } };
}
