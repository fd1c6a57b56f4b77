import { trimTrailing } from '@switchboard/core/adapter';

const chunkSize = 0x8000;

/** Encodes bytes as base64 without a `data:` prefix, in any runtime (no `Buffer`). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

/**
 * Decodes base64 (standard or URL-safe, with or without padding, whitespace and a `data:…;base64,`
 * prefix ignored) into bytes, in any runtime (no `Buffer`).
 */
export function base64ToBytes(base64: string): Uint8Array {
  const withoutPrefix = base64.startsWith('data:') ? base64.slice(base64.indexOf(',') + 1) : base64;
  const cleaned = trimTrailing(withoutPrefix.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/'), '=');
  const padded = cleaned.padEnd(cleaned.length + ((4 - (cleaned.length % 4)) % 4), '=');
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
