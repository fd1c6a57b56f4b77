import { describe, expect, it } from 'vitest';
import { createEventId } from '../../src/events/create-event-id.js';
import {
  isGroupChatId,
  normalizePhone,
  phoneFromChatId,
  stripDeviceSuffix,
  whatsAppChatId,
} from '../../src/identity/chat-id.js';
import { mimeTypeForFileName } from '../../src/media/mime-type-for-file-name.js';

describe('chat ids', () => {
  it('strips device suffixes but keeps @lid distinct', () => {
    expect(stripDeviceSuffix('79001234567:3@c.us')).toBe('79001234567@c.us');
    expect(stripDeviceSuffix('123456789012345@lid')).toBe('123456789012345@lid');
    expect(stripDeviceSuffix('-100123')).toBe('-100123');
  });

  it('builds and reads phone-based ids', () => {
    expect(normalizePhone('+7 (900) 123-45-67')).toBe('79001234567');
    expect(whatsAppChatId(79001234567)).toBe('79001234567@c.us');
    expect(whatsAppChatId('120363043968066561', { isGroup: true })).toBe('120363043968066561@g.us');
    expect(phoneFromChatId('79001234567:2@c.us')).toBe('79001234567');
    expect(phoneFromChatId('123@lid')).toBeUndefined();
    expect(phoneFromChatId('-100123')).toBeUndefined();
  });

  it('recognises group ids on every network', () => {
    expect(isGroupChatId('79001234567-1581234048@g.us')).toBe(true);
    expect(isGroupChatId('-10000000000000')).toBe(true);
    expect(isGroupChatId('10000000')).toBe(false);
    expect(isGroupChatId('79001234567@c.us')).toBe(false);
  });

  it('builds stable event ids and guesses MIME types', () => {
    expect(createEventId(['green-api', 1101, undefined, '', 'ABC'])).toBe('green-api:1101:ABC');
    expect(mimeTypeForFileName('Photo.JPG')).toBe('image/jpeg');
    expect(mimeTypeForFileName('noextension')).toBeUndefined();
  });
});
