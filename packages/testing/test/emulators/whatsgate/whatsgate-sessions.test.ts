import { describe, expect, it } from 'vitest';
import {
  startWhatsgateEmulator,
  type WhatsgatePage,
  type WhatsgateSession,
  whatsgateErrorMessages,
} from '../../../src/emulators/whatsgate/index.js';
import { whatsgateFixtures } from '../../../src/fixtures/whatsgate-fixtures.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, eventually, fastTimings } from './whatsgate-test-helpers.js';

type SessionAnswer = { result: string; data: WhatsgateSession };

/** Never contacted (no event is emitted for that session), and never outside 127.0.0.1 anyway. */
const loopbackCallback = 'http://127.0.0.1:1/script.handler';

describe('Whatsgate emulator: sessions', () => {
  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      // Long enough that `sessions-get` still lists the DESTROYING session under a loaded test run.
      destroyMilliseconds: 300,
      sessionLimit: 4,
      now: () => Date.UTC(2022, 9, 11, 16, 30, 14),
      sessions: [
        { name: 'Shop main', whatsappId: '191b80a9238', number: '79990000001', pushname: 'Shop' },
        { name: 'Support', whatsappId: '67506a033c2f8', status: 'AUTH' },
      ],
    }),
  );

  it('session-create answers a PENDING session shaped like the reference, which moves to AUTH', async () => {
    const { status, body } = await callWhatsgate<SessionAnswer>(emulator, 'session-create', {
      ...whatsgateFixtures.sessionCreateRequest,
      callback: loopbackCallback,
    });
    expect(status).toBe(200);
    expect(Object.keys(body.data)).toEqual(Object.keys(whatsgateFixtures.sessionCreateResponse.data));
    expect(body.data).toMatchObject({
      name: 'My WhatsApp',
      status: 'PENDING',
      status_name: 'Initialization',
      callback: loopbackCallback,
      date_add: '2022-10-11 19:30:14',
      qr: null,
      pushname: null,
      wid: null,
    });
    const page = await fetch(body.data.qr_link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/scan');
    const whatsappId = body.data.unique_id;
    await eventually(() =>
      emulator.sessions.find((item) => item.whatsappId === whatsappId && item.status === 'AUTH'),
    );
  });

  it('pairing-code auth needs a number, returns the code and is completed by control.pair', async () => {
    const missing = await callWhatsgate(emulator, 'session-create', { name: 'Code', auth_type: 'CODE' });
    expect(missing.status).toBe(500);
    expect(missing.body.message).toContain('number');
    const { body } = await callWhatsgate<SessionAnswer>(
      emulator,
      'session-create',
      whatsgateFixtures.sessionCreateByCodeRequest,
    );
    const code = body.data.code ?? '';
    expect(code).toMatch(/^[A-Z0-9]{8}$/);
    expect(await (await fetch(body.data.qr_link)).text()).toContain(code);
    expect(() => emulator.control.pair(body.data.unique_id, 'WRONG123')).toThrow('Wrong pairing code');
    const paired = emulator.control.pair(
      body.data.unique_id,
      `${code.slice(0, 4)}-${code.slice(4).toLowerCase()}`,
    );
    expect(paired).toMatchObject({
      status: 'READY',
      status_name: 'Working',
      wid: '79999999999@c.us',
      qr_link: '',
    });
    const [ready] = emulator.control.events({ whatsappId: body.data.unique_id, action: 'ready' });
    expect(ready?.event_data).toEqual({ pushname: 'My WhatsApp', number: '79999999999' });
  });

  it('refuses new sessions beyond the plan limit until one is deleted', async () => {
    const refused = await callWhatsgate(emulator, 'session-create', { name: 'Fifth' });
    expect(refused.status).toBe(500);
    expect(refused.body.message).toBe(whatsgateErrorMessages.sessionLimit);
  });

  it('scan makes an AUTH session READY with a ready event', () => {
    const ready = emulator.control.scan('67506a033c2f8', { number: '79991234567', pushname: 'Vasya' });
    expect(ready).toMatchObject({ status: 'READY', pushname: 'Vasya', wid: '79991234567@c.us', qr_link: '' });
    const [event] = emulator.control.events({ whatsappId: '67506a033c2f8', action: 'ready' });
    expect(event).toMatchObject({
      status_code: null,
      event_data: { pushname: 'Vasya', number: '79991234567' },
    });
    expect(() => emulator.control.scan('67506a033c2f8')).toThrow('not waiting for authorization');
  });

  it('sessions-get filters by WhatsappID, name and status, ignores empty filters and pages', async () => {
    const all = await callWhatsgate<WhatsgatePage<WhatsgateSession>>(
      emulator,
      'sessions-get',
      whatsgateFixtures.sessionsGetRequest,
    );
    expect(all.body).toMatchObject({ result: 'OK', pages: 1, elements: 4, page: 1 });
    expect(all.body.data.map((session) => session.id)).toEqual([1, 2, 3, 4]);
    const byName = await callWhatsgate<WhatsgatePage<WhatsgateSession>>(emulator, 'sessions-get', {
      name: 'shop',
    });
    expect(byName.body.data.map((session) => session.unique_id)).toEqual(['191b80a9238']);
    const byId = await callWhatsgate<WhatsgatePage<WhatsgateSession>>(emulator, 'sessions-get', {
      WhatsappID: '67506a033c2f8',
    });
    expect(byId.body.elements).toBe(1);
    const pending = await callWhatsgate<WhatsgatePage<WhatsgateSession>>(emulator, 'sessions-get', {
      status: 'AUTH',
    });
    expect(pending.body.data.map((session) => session.name)).toEqual(['My WhatsApp']);
    const paged = await callWhatsgate<WhatsgatePage<WhatsgateSession>>(emulator, 'sessions-get', {
      page_cnt: '3',
      page: '2',
    });
    expect(paged.body).toMatchObject({ pages: 2, elements: 4, page: 2 });
    expect(paged.body.data.map((session) => session.id)).toEqual([4]);
  });

  it('set-name renames and set-hook sets, validates and clears the webhook URL', async () => {
    const renamed = await callWhatsgate<SessionAnswer>(emulator, 'set-name', {
      WhatsappID: '191b80a9238',
      name: 'Nabi',
    });
    expect(renamed.body).toMatchObject({ result: 'OK', data: { name: 'Nabi' } });
    const noName = await callWhatsgate(emulator, 'set-name', { WhatsappID: '191b80a9238' });
    expect(noName.status).toBe(500);
    const hook = await callWhatsgate(emulator, 'set-hook', {
      WhatsappID: '191b80a9238',
      callback: 'http://127.0.0.1:1/h',
    });
    expect(hook.body).toEqual({ result: 'OK' });
    expect(emulator.control.sessions().find((session) => session.unique_id === '191b80a9238')?.callback).toBe(
      'http://127.0.0.1:1/h',
    );
    const invalid = await callWhatsgate(emulator, 'set-hook', {
      WhatsappID: '191b80a9238',
      callback: 'ftp://x',
    });
    expect(invalid.status).toBe(500);
    const missing = await callWhatsgate(emulator, 'set-hook', { WhatsappID: '191b80a9238' });
    expect(missing.status).toBe(500);
    await callWhatsgate(emulator, 'set-hook', { WhatsappID: '191b80a9238', callback: '' });
    expect(emulator.control.sessions().find((session) => session.unique_id === '191b80a9238')?.callback).toBe(
      '',
    );
  });

  it('session-delete answers DESTROYING, emits disconnect, then the session is gone but its events stay', async () => {
    const deleted = await callWhatsgate<SessionAnswer>(emulator, 'session-delete', {
      WhatsappID: '67506a033c2f8',
    });
    expect(deleted.body.data).toMatchObject({ status: 'DESTROYING', status_name: 'Deleting' });
    const again = await callWhatsgate(emulator, 'session-delete', { WhatsappID: '67506a033c2f8' });
    expect(again.status).toBe(500);
    const listed = await callWhatsgate<WhatsgatePage<WhatsgateSession>>(emulator, 'sessions-get', {
      status: 'DESTROYING',
    });
    expect(listed.body.elements).toBe(1);
    await eventually(() =>
      emulator.sessions.some((item) => item.whatsappId === '67506a033c2f8') ? undefined : true,
    );
    const events = await callWhatsgate<WhatsgatePage<{ event_action: string }>>(emulator, 'events-get', {
      WhatsappID: '67506a033c2f8',
    });
    expect(events.body.data.map((event) => event.event_action)).toEqual(['ready', 'disconnect']);
    const created = await callWhatsgate(emulator, 'session-create', { name: 'Slot freed' });
    expect(created.status).toBe(200);
  });
});
