import { describe, expect, it } from 'vitest';
import { hashPayload } from '../../src/events/hash-payload.js';
import { timestampFromSeconds } from '../../src/events/timestamp-from-seconds.js';

describe('hashPayload', () => {
  it('is stable across key order and distinguishes different payloads', () => {
    expect(hashPayload({ b: 1, a: [1, { c: 'x' }] })).toBe(hashPayload({ a: [1, { c: 'x' }], b: 1 }));
    expect(hashPayload({ a: 1 })).not.toBe(hashPayload({ a: 2 }));
    expect(hashPayload('1')).not.toBe(hashPayload(1));
  });

  it('never throws on hostile bodies and still tells them apart', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 10_000; level += 1) deep = { next: deep };
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(() => hashPayload(deep)).not.toThrow();
    expect(() => hashPayload(cyclic)).not.toThrow();
    const getter = {
      get boom(): string {
        throw new Error('boom');
      },
    };
    expect(hashPayload(getter)).toBe(hashPayload(getter));
    expect(hashPayload(deep)).not.toBe(hashPayload({ next: 'other' }));
    expect(hashPayload('x'.repeat(1_000_000))).toMatch(/^[0-9a-f]+$/);
  });
});

describe('timestampFromSeconds', () => {
  it('reads seconds and milliseconds, and refuses values that are not valid dates', () => {
    expect(timestampFromSeconds(1588091580)).toBe(1588091580000);
    expect(timestampFromSeconds(1588091580123)).toBe(1588091580123);
    expect(timestampFromSeconds('1588091580')).toBe(1588091580000);
    for (const hostile of [
      1e308,
      -1e308,
      1e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -5,
      '',
      'soon',
      null,
      {},
    ]) {
      expect(timestampFromSeconds(hostile)).toBeUndefined();
    }
  });
});
