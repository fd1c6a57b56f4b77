import { describe, expect, it } from 'vitest';
import { TimerSet } from '../../../src/emulators/shared/index.js';

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('TimerSet', () => {
  it('runs tasks after their pause and forgets fired timers', async () => {
    const timers = new TimerSet();
    const ran: string[] = [];
    timers.after(1, () => ran.push('first'));
    timers.after(0, () => ran.push('second'));
    expect(timers.size).toBe(2);
    await pause(20);
    expect(ran.sort()).toEqual(['first', 'second']);
    expect(timers.size).toBe(0);
  });

  it('cancels pending tasks on clear and refuses new ones afterwards', async () => {
    const timers = new TimerSet();
    const ran: string[] = [];
    timers.after(5, () => ran.push('cancelled'));
    timers.clear();
    timers.after(0, () => ran.push('refused'));
    expect(timers.size).toBe(0);
    await pause(20);
    expect(ran).toEqual([]);
  });
});
