import { describe, expect, it } from 'vitest';
import { mapChat } from '../../src/mappers/map-chat.js';

describe('mapChat', () => {
  it('gives the time until unmute in milliseconds (Whatsgate sends seconds)', () => {
    const chat = mapChat({ id: '79999999999@c.us', isGroup: false, isMuted: true, muteExpiration: 3600 });
    expect(chat).toMatchObject({ isMuted: true, muteExpiresInMilliseconds: 3_600_000 });
  });
});
