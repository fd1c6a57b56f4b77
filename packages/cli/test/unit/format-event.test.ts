import type { MessengerEvent } from '@switchboard/core';
import { describe, expect, it } from 'vitest';
import { formatEvent } from '../../src/listen/format-event.js';

const base = {
  id: 'e1',
  provider: 'green-api',
  network: 'whatsapp',
  instanceId: '1101000001',
  timestamp: Date.UTC(2026, 0, 2, 3, 4, 5),
  chat: { id: '79001234567@c.us', type: 'private' as const },
  raw: {},
};

describe('formatEvent', () => {
  it('summarises events on one line', () => {
    const received: MessengerEvent = {
      ...base,
      type: 'message-received',
      message: {
        id: 'm1',
        sender: { id: '79001234567@c.us', name: 'Jane' },
        content: { type: 'media', mediaType: 'image', file: { fileName: 'a.jpg' }, caption: 'Look\nhere' },
      },
    };
    expect(formatEvent(received)).toBe(
      '03:04:05 message-received 79001234567@c.us Jane: [image a.jpg] Look here',
    );
    const status: MessengerEvent = {
      ...base,
      type: 'message-status-updated',
      messageId: 'm1',
      status: 'read',
    };
    expect(formatEvent(status)).toBe('03:04:05 message-status-updated 79001234567@c.us m1 read');
  });

  it('shows connection changes and provider-reported errors', () => {
    const offline: MessengerEvent = { ...base, type: 'session-connection-changed', connection: 'offline' };
    expect(formatEvent(offline)).toBe('03:04:05 session-connection-changed 79001234567@c.us offline');
    const error: MessengerEvent = {
      ...base,
      chat: { id: '', type: 'unknown' },
      type: 'provider-error-reported',
      providerCode: '500',
      description: 'send failed',
    };
    expect(formatEvent(error)).toBe('03:04:05 provider-error-reported  500 send failed');
  });
});
