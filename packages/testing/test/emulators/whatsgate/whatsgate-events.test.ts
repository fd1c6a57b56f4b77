import { beforeAll, describe, expect, it } from 'vitest';
import {
  startWhatsgateEmulator,
  type WhatsgateEvent,
  type WhatsgatePage,
} from '../../../src/emulators/whatsgate/index.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, eventMessage, fastTimings } from './whatsgate-test-helpers.js';

type EventsPage = WhatsgatePage<WhatsgateEvent>;

describe('Whatsgate emulator: events-get', () => {
  let now = Date.UTC(2023, 0, 10, 9, 0, 0);
  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      now: () => now,
      firstEventId: 18,
      sessions: [
        { name: 'A', whatsappId: 'aaaaaaaaaaaaa' },
        { name: 'B', whatsappId: 'bbbbbbbbbbbbb' },
      ],
    }),
  );

  beforeAll(() => {
    for (let index = 0; index < 12; index += 1) {
      emulator.control.injectIncomingMessage('aaaaaaaaaaaaa', {
        kind: 'text',
        from: '79991112233',
        body: `a${index}`,
      });
      now += 1000;
    }
    emulator.control.injectIncomingMessage('bbbbbbbbbbbbb', {
      kind: 'text',
      from: '79991112233',
      body: 'b0',
    });
    emulator.control.injectError('bbbbbbbbbbbbb', 'boom');
  });

  const events = async (filters: Record<string, unknown>) =>
    (await callWhatsgate<EventsPage>(emulator, 'events-get', filters)).body;

  it('lists every session by default, oldest first, 10 per page, ids counting from firstEventId', async () => {
    const page = await events({});
    expect(page).toMatchObject({ result: 'OK', pages: 2, elements: 14, page: 1 });
    expect(page.data.map((event) => event.id)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
    expect(page.data[0]?.event_date).toBe('2023-01-10 12:00:00');
    const second = await events({ page: '2' });
    expect(second.data.map((event) => event.id)).toEqual([28, 29, 30, 31]);
    const beyond = await events({ page: 5 });
    expect(beyond).toMatchObject({ page: 5, elements: 14, data: [] });
  });

  it('filters by WhatsappID, action and date (strictly after)', async () => {
    const onlyB = await events({ WhatsappID: 'bbbbbbbbbbbbb' });
    expect(onlyB.data.map((event) => event.event_action)).toEqual(['message', 'error']);
    const errors = await events({ action: 'error' });
    expect(errors.data).toEqual([
      expect.objectContaining({ status_code: 500, event_data: { message: 'boom' } }),
    ]);
    const after = await events({ WhatsappID: 'aaaaaaaaaaaaa', date: '2023-01-10 12:00:09', page_cnt: 100 });
    expect(after.data.map((event) => eventMessage(event).body)).toEqual(['a10', 'a11']);
    const unknown = await callWhatsgate(emulator, 'events-get', { WhatsappID: 'ccccccccccccc' });
    expect(unknown.status).toBe(500);
  });

  it('honours page_cnt as number or string up to 100 and does not delete what it returns', async () => {
    expect((await events({ page_cnt: '5' })).data).toHaveLength(5);
    expect((await events({ page_cnt: 3, page: 2 })).data.map((event) => event.id)).toEqual([21, 22, 23]);
    expect((await events({ page_cnt: 'abc' })).data).toHaveLength(10);
    const first = await events({ page_cnt: 100 });
    const again = await events({ page_cnt: 100 });
    expect(again).toEqual(first);
    expect(first.elements).toBe(14);
  });

  it('drains 5,000 queued notifications page by page, max page size 100', { timeout: 120_000 }, async () => {
    const other = await startWhatsgateEmulator({
      ...fastTimings,
      sessions: [{ name: 'Bulk', whatsappId: 'bulk000000000' }],
    });
    try {
      for (let index = 0; index < 5000; index += 1) {
        other.control.injectIncomingMessage('bulk000000000', {
          kind: 'text',
          from: '79991112233',
          body: String(index),
        });
      }
      const bodies: string[] = [];
      let pages = 0;
      for (let page = 1; ; page += 1) {
        const { body } = await callWhatsgate<EventsPage>(other, 'events-get', {
          WhatsappID: 'bulk000000000',
          action: 'message',
          page_cnt: '500',
          page: String(page),
        });
        pages = body.pages;
        expect(body.data.length).toBeLessThanOrEqual(100);
        bodies.push(...body.data.map((event) => eventMessage(event).body));
        if (page >= body.pages) break;
      }
      expect(pages).toBe(50);
      expect(bodies).toEqual(Array.from({ length: 5000 }, (_, index) => String(index)));
    } finally {
      await other.close();
    }
  });
});
