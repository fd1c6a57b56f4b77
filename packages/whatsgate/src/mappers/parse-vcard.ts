import type { ContactCard } from '@switchboard/core';
import { trimTrailing, vcardField } from '@switchboard/core/adapter';

/**
 * Reads a received vCard into a contact card: the raw `vcard`, `displayName` from `FN`, names from
 * `N`, and `phone` from the WhatsApp id (`waid=`) or the first `TEL` (digits only).
 */
export function parseVcard(vcard: string): ContactCard {
  const card: ContactCard = { vcard };
  const displayName = vcardField(vcard, 'FN');
  if (displayName !== undefined) card.displayName = displayName;
  const [lastName, firstName, middleName] = (vcardField(vcard, 'N') ?? '')
    .split(';')
    .map((part) => part.trim());
  if (firstName) card.firstName = firstName;
  if (lastName) card.lastName = lastName;
  if (middleName) card.middleName = middleName;
  const organization = vcardField(vcard, 'ORG');
  if (organization !== undefined) card.company = trimTrailing(organization, ';');
  const waid = /waid=(\d+)/i.exec(vcard)?.[1];
  const phone = (waid ?? vcardField(vcard, 'TEL') ?? '').replace(/\D/g, '');
  if (phone.length >= 5) card.phone = phone;
  return card;
}
