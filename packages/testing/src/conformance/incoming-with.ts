import type { ConformanceIncomingMessage } from './conformance-driver.js';

/** A sample incoming message of one kind in a chat, carrying the marker where the kind has text. */
export function incomingWith(
  kind: ConformanceIncomingMessage['kind'],
  chatId: string,
  marker: string,
): ConformanceIncomingMessage {
  switch (kind) {
    case 'text':
      return { kind, chatId, text: `hello ${marker}` };
    case 'image':
      return { kind, chatId, caption: `photo ${marker}` };
    case 'location':
      return { kind, chatId, latitude: 55.75, longitude: 37.61 };
    case 'contact':
      return { kind, chatId, phone: '79001234567', name: 'Anna' };
  }
}
