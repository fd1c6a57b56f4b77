/** A vCard 3.0 like the ones WhatsApp puts in `contactMessageData.vcard`. */
export function buildVcard(contact: {
  displayName: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  middleName?: string;
  company?: string;
}): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `N:${contact.lastName ?? ''};${contact.firstName ?? contact.displayName};${contact.middleName ?? ''};;`,
    `FN:${contact.displayName}`,
  ];
  if (contact.company !== undefined) lines.push(`ORG:${contact.company}`);
  if (contact.phone !== undefined) lines.push(`TEL;type=CELL;waid=${contact.phone}:+${contact.phone}`);
  lines.push('END:VCARD');
  return lines.join('\n');
}
