import type { MessengerEvent } from '@switchboard/core';
import { expect } from 'vitest';
import type { ConformanceSubject } from './conformance-driver.js';

/** Asserts the fields every normalised event carries: id, provider, network, instance, timestamp, chat, raw. */
export function expectEventShape(event: MessengerEvent, subject: ConformanceSubject): void {
  const { messenger } = subject;
  expect(typeof event.id).toBe('string');
  expect(event.id.length).toBeGreaterThan(0);
  expect(event.provider).toBe(messenger.provider);
  expect(event.network).toBe(messenger.network);
  expect(event.instanceId).toBe(messenger.instanceId);
  expect(Number.isFinite(event.timestamp)).toBe(true);
  expect(event.timestamp).toBeGreaterThan(1_000_000_000_000);
  expect(typeof event.chat.id).toBe('string');
  expect(event.raw).toBeDefined();
}
