/** The parts of a contact card, as `sendContact`'s `contact` object has them. */
export interface SdkwaContactCard {
  phoneContact: number | string;
  firstName?: string;
  middleName?: string;
  lastName?: string;
  company?: string;
}

/** The display name WhatsApp shows for a contact card. */
export function contactDisplayName(card: SdkwaContactCard): string {
  const name = [card.firstName, card.middleName, card.lastName].filter(
    (part) => part !== undefined && part !== '',
  );
  return name.length > 0 ? name.join(' ') : (card.company ?? String(card.phoneContact));
}

/** A vCard 3.0 text like the ones WhatsApp puts into `contactMessageData.vcard`. */
export function buildVcard(card: SdkwaContactCard): string {
  const phone = String(card.phoneContact).replace(/\D/g, '');
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${card.lastName ?? ''};${card.firstName ?? ''};${card.middleName ?? ''};;`,
    `FN:${contactDisplayName(card)}`,
  ];
  if (card.company !== undefined && card.company !== '') lines.push(`ORG:${card.company};`);
  lines.push(`TEL;type=CELL;type=VOICE;waid=${phone}:+${phone}`, 'END:VCARD');
  return lines.join('\n');
}
