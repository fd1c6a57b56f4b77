import { describe, expect, it } from 'vitest';
import { parseDestination, parseOutgoingContent } from '../../src/input/outgoing-content.js';
import { parseChatId } from '../../src/input/parse-chat-id.js';
import { parsePhone } from '../../src/input/parse-phone.js';

describe('parseDestination', () => {
  it('reads +digits as a phone, bare digits as a phone only on WhatsApp, anything else as a chat id', () => {
    expect(parseDestination('+7 900 123-45-67', 'telegram')).toEqual({ phone: '79001234567' });
    expect(parseDestination('79001234567', 'whatsapp')).toEqual({ phone: '79001234567' });
    expect(parseDestination('20000000', 'telegram')).toBe('20000000');
    expect(parseDestination('120363043968066561@g.us', 'whatsapp')).toBe('120363043968066561@g.us');
  });

  it('checks a phone with the one phone validator', () => {
    expect(() => parseDestination('+12', 'telegram')).toThrow(
      '<to> must be a phone number of 5 to 16 digits, such as +79001234567 (got "+12")',
    );
  });
});

describe('parsePhone', () => {
  it('accepts 5 to 16 digits with +, spaces, dashes, dots and brackets, and refuses the rest in one message', () => {
    expect(parsePhone('+7 (900) 123-45.67', '--phone')).toBe('79001234567');
    expect(parsePhone('12345', '--phone')).toBe('12345');
    for (const bad of ['1234', '12345678901234567', '+7900abc', '', '7900@c.us']) {
      expect(() => parsePhone(bad, '--phone')).toThrow(
        `--phone must be a phone number of 5 to 16 digits, such as +79001234567 (got "${bad}")`,
      );
    }
  });
});

describe('parseChatId', () => {
  it('keeps chat ids, turns WhatsApp phones into @c.us ids, and refuses phones where a chat id is needed', () => {
    expect(parseChatId('+7 900 123-45-67', 'whatsapp', '<chat>')).toBe('79001234567@c.us');
    expect(parseChatId('120363043968066561@g.us', 'whatsapp', '<chat>')).toBe('120363043968066561@g.us');
    expect(parseChatId('-1001234567', 'telegram', '<chat>')).toBe('-1001234567');
    expect(() => parseChatId('+79001234567', 'telegram', '<chat>')).toThrow(
      '<chat> must be a chat id on telegram, not a phone number (switchboard contacts check +79001234567 prints its chat id)',
    );
  });
});

describe('parseOutgoingContent', () => {
  it('takes exactly one kind of content', async () => {
    await expect(parseOutgoingContent(['Hello', 'there'], {})).resolves.toEqual({
      kind: 'text',
      text: 'Hello there',
    });
    await expect(
      parseOutgoingContent([], { location: '55.75, 37.62', locationName: 'Kremlin' }),
    ).resolves.toEqual({
      kind: 'location',
      location: { latitude: 55.75, longitude: 37.62, name: 'Kremlin' },
    });
    await expect(parseOutgoingContent([], { file: 'https://cdn.test/files/invoice.pdf' })).resolves.toEqual({
      kind: 'media',
      file: { url: 'https://cdn.test/files/invoice.pdf', fileName: 'invoice.pdf' },
    });
    await expect(parseOutgoingContent(['Hi'], { contact: '79001234567' })).rejects.toThrow(
      'give exactly one of',
    );
    await expect(parseOutgoingContent([], { location: 'north' })).rejects.toThrow(
      '--location must look like latitude,longitude',
    );
    await expect(parseOutgoingContent([], { file: '/no/such/file.pdf' })).rejects.toThrow(
      'cannot read --file /no/such/file.pdf (ENOENT)',
    );
  });
});

describe('--location', () => {
  it.each([
    [' , ', '--location latitude'],
    ['55.75,', '--location longitude'],
    [',37.62', '--location latitude'],
    ['55.75,east', '--location longitude'],
    ['0x10,37.62', '--location latitude'],
    ['91,37.62', '--location latitude must be from -90 to 90'],
    ['-90.5,37.62', '--location latitude must be from -90 to 90'],
    ['55.75,180.1', '--location longitude must be from -180 to 180'],
    ['55.75,-181', '--location longitude must be from -180 to 180'],
    ['55.75,Infinity', '--location longitude'],
  ])('refuses %j as a usage error naming the flag', async (location, message) => {
    const refusal = parseOutgoingContent([], { location });
    await expect(refusal).rejects.toThrow(message);
    await expect(refusal).rejects.toMatchObject({ exitCode: 2 });
  });

  it('takes the bounds themselves and negative coordinates', async () => {
    await expect(parseOutgoingContent([], { location: '-90,180' })).resolves.toEqual({
      kind: 'location',
      location: { latitude: -90, longitude: 180 },
    });
    await expect(parseOutgoingContent([], { location: '90, -180' })).resolves.toEqual({
      kind: 'location',
      location: { latitude: 90, longitude: -180 },
    });
  });
});
