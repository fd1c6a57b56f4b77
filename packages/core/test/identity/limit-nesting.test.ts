import { describe, expect, it } from 'vitest';
import { limitNesting, nestingPlaceholder } from '../../src/events/limit-nesting.js';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { child: value } : [value];
  return value;
}

describe('limitNesting', () => {
  it('returns a body of at most 64 levels as it is, and cuts a deeper one below level 64', () => {
    const shallow = nested(64);
    expect(limitNesting(shallow)).toBe(shallow);
    const deep = nested(65);
    const limited = limitNesting(deep);
    expect(limited).not.toBe(deep);
    let inner: unknown = limited;
    for (let level = 0; level < 64; level += 1) inner = Object.values(inner as object)[0];
    expect(inner).toBe(nestingPlaceholder);
  });

  it('returns a shallow body with a cycle or shared objects as it is, in linear time', () => {
    const cyclic: Record<string, unknown> = { name: 'cycle' };
    cyclic.self = cyclic;
    expect(limitNesting(cyclic)).toBe(cyclic);
    // 40 levels of two references to the next level: 2^40 paths, 40 objects.
    let shared: unknown = { leaf: true };
    for (let level = 0; level < 40; level += 1) shared = { left: shared, right: shared };
    expect(limitNesting(shared)).toBe(shared);
  });

  it('cuts a 10,000-deep body without overflowing the stack', () => {
    const limited = limitNesting(nested(10_000));
    expect(JSON.stringify(limited)).toContain(nestingPlaceholder);
  });
});
