import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/transport/parse-retry-after.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');

  it('reads delay-seconds, including fractions and zero', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 0.5 ', now)).toBe(500);
    expect(parseRetryAfter('0', now)).toBe(0);
  });

  it('reads an HTTP date relative to now and never goes negative', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', now)).toBe(0);
  });

  it('ignores missing, empty, negative and unreadable values', () => {
    for (const value of [undefined, null, '', '  ', '-5', 'soon', '1e3', '12abc']) {
      expect(parseRetryAfter(value, now), String(value)).toBeUndefined();
    }
  });
});
