import type { ContactCard } from '@switchboard/core';
import { vcardField } from '@switchboard/core/adapter';
import { asRecord, asText } from './field-readers.js';

/**
 * Reads a received contact (`{displayName, vcard}`) as a core contact card, with the phone taken from
 * the vCard (`waid=` or the first `TEL`).
 */
export function mapContactCard(value: unknown): ContactCard {
  const contact = asRecord(value);
  const vcard = asText(contact.vcard);
  const displayName = asText(contact.displayName) ?? asText(contact.name);
  const phone = vcard === undefined ? undefined : phoneFromVcard(vcard);
  return {
    ...(displayName === undefined ? {} : { displayName }),
    ...(vcard === undefined ? {} : { vcard }),
    ...(phone === undefined ? {} : { phone }),
  } as ContactCard;
}

/** Reads a phone number out of a vCard: the `waid` parameter when present, else the first `TEL`. */
export function phoneFromVcard(vcard: string): string | undefined {
  const waid = /waid=(\d+)/i.exec(vcard)?.[1];
  if (waid !== undefined) return waid;
  const telephone = vcardField(vcard, 'TEL')?.replace(/\D/g, '');
  return telephone === undefined || telephone === '' ? undefined : telephone;
}
