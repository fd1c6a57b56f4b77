import type { MessengerEvent } from '@switchboard/core';

const markerPattern = /\bsoak:([A-Za-z0-9_-]+)/;

/**
 * The text of an injected soak message: `soak:<marker>` plus some filler, so the marker can be read back
 * from whatever event the adapter produces.
 *
 * @example
 * ```ts
 * soakText('wa1-42'); // 'order soak:wa1-42 please'
 * ```
 */
export function soakText(marker: string): string {
  return `order soak:${marker} please`;
}

/**
 * The marker of a received soak message, or `undefined` for any other event.
 *
 * @example
 * ```ts
 * readSoakMarker(event); // 'wa1-42'
 * ```
 */
export function readSoakMarker(event: MessengerEvent): string | undefined {
  if (event.type !== 'message-received') return undefined;
  const { content } = event.message;
  const text =
    content.type === 'text' ? content.text : content.type === 'media' ? content.caption : undefined;
  return text === undefined ? undefined : markerPattern.exec(text)?.[1];
}

/**
 * Whether a marker names a poison message (one whose handler always throws).
 *
 * @example
 * ```ts
 * isPoisonMarker('poison-wa1-3'); // true
 * ```
 */
export function isPoisonMarker(marker: string): boolean {
  return marker.startsWith('poison-');
}
