/**
 * The value of the first vCard line named `name` (case-insensitive, parameters such as `;type=CELL`
 * skipped), trimmed; `undefined` when there is none or it is empty. One linear pass over the lines,
 * whatever a contact puts in the card.
 *
 * @example
 * ```ts
 * vcardField('BEGIN:VCARD\nTEL;type=CELL;waid=79001234567:+7 900 123-45-67\nEND:VCARD', 'TEL'); // '+7 900 123-45-67'
 * ```
 */
export function vcardField(vcard: string, name: string): string | undefined {
  const wanted = name.toUpperCase();
  for (const line of vcard.split(/\r\n|[\n\r\u2028\u2029]/)) {
    if (line.length <= wanted.length || line.slice(0, wanted.length).toUpperCase() !== wanted) continue;
    const separator = line[wanted.length];
    if (separator !== ':' && separator !== ';') continue;
    const colon = line.indexOf(':', wanted.length);
    if (colon === -1) continue;
    const value = line.slice(colon + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}
