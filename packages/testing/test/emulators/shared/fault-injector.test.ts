import { describe, expect, it } from 'vitest';
import { createEmulatorRequest, FaultInjector } from '../../../src/emulators/shared/index.js';

const request = (path: string) => createEmulatorRequest({ method: 'POST', url: path });

describe('FaultInjector', () => {
  it('applies a fault the given number of times', () => {
    const faults = new FaultInjector();
    faults.inject({ kind: 'status', status: 500 }, { times: 2 });
    expect(faults.take(request('/a'))).toEqual({ kind: 'status', status: 500 });
    expect(faults.take(request('/a'))).toEqual({ kind: 'status', status: 500 });
    expect(faults.take(request('/a'))).toBeUndefined();
  });

  it('matches on a path substring, case-insensitively', () => {
    const faults = new FaultInjector();
    faults.inject({ kind: 'drop' }, { pathIncludes: '/SendMessage/' });
    expect(faults.take(request('/waInstance1/getSettings/t'))).toBeUndefined();
    expect(faults.take(request('/waInstance1/sendmessage/t'))).toEqual({ kind: 'drop' });
    expect(faults.take(request('/waInstance1/sendmessage/t'))).toEqual({ kind: 'drop' });
    faults.clear();
    expect(faults.take(request('/waInstance1/sendmessage/t'))).toBeUndefined();
  });

  it('applies a fraction reproducibly with a seed', () => {
    const count = (seed: number) => {
      const faults = new FaultInjector({ seed });
      faults.inject({ kind: 'malformed-json' }, { fraction: 0.3 });
      let hits = 0;
      for (let index = 0; index < 1000; index += 1) if (faults.take(request('/x')) !== undefined) hits += 1;
      return hits;
    };
    expect(count(5)).toBe(count(5));
    expect(count(5)).toBeGreaterThan(200);
    expect(count(5)).toBeLessThan(400);
  });
});
