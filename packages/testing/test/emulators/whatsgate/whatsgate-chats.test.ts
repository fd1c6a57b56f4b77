import { describe, expect, it } from 'vitest';
import { startWhatsgateEmulator, type WhatsgateChat } from '../../../src/emulators/whatsgate/index.js';
import { whatsgateFixtures } from '../../../src/fixtures/whatsgate-fixtures.js';
import { useStartedResource } from '../../support/suite-value.js';
import { callWhatsgate, fastTimings } from './whatsgate-test-helpers.js';

describe('Whatsgate emulator: chats, seen, typing, check', () => {
  let now = Date.UTC(2022, 8, 9, 8, 0, 54);
  const whatsappId = '6345454545454';

  const emulator = useStartedResource(() =>
    startWhatsgateEmulator({
      ...fastTimings,
      now: () => now,
      typingMilliseconds: 15_000,
      sessions: [
        {
          name: 'Chats',
          whatsappId,
          number: '79999999999',
          chats: [
            { id: '79999999999@c.us', timestamp: 1662710454 },
            {
              id: '4239048293082@g.us',
              name: 'Test group',
              timestamp: 1662616476,
              creation: 1658328976,
              participants: [{ id: '79999999999@c.us', isAdmin: true, isSuperAdmin: false }, '79991112233'],
            },
          ],
        },
      ],
    }),
  );

  const chats = async () =>
    (
      await callWhatsgate<{ result: string; data: WhatsgateChat[] }>(emulator, 'get-chats', {
        WhatsappID: whatsappId,
      })
    ).body;

  it('get-chats returns contacts and groups with metadata exactly like the reference sample', async () => {
    expect(await chats()).toEqual(whatsgateFixtures.getChatsResponse);
  });

  it('adds chats through the control API: owner becomes super admin, pinned chats come first', async () => {
    const group = emulator.control.addChat(whatsappId, {
      id: '120363023014360921',
      isGroup: true,
      name: 'Team',
      pinned: true,
      isMuted: true,
      muteExpiration: 3600,
      participants: ['79991112233'],
    });
    expect(group.groupMetadata).toEqual({
      id: '120363023014360921@g.us',
      creation: group.timestamp,
      owner: '79999999999@c.us',
      size: 2,
      participants: [
        { id: '79999999999@c.us', isAdmin: true, isSuperAdmin: true },
        { id: '79991112233@c.us', isAdmin: false, isSuperAdmin: false },
      ],
    });
    const list = (await chats()).data;
    expect(list[0]).toMatchObject({
      id: '120363023014360921@g.us',
      pinned: true,
      isMuted: true,
      muteExpiration: 3600,
    });
  });

  it('incoming messages raise unreadCount and seen resets it', async () => {
    emulator.control.injectIncomingMessage(whatsappId, {
      kind: 'text',
      from: '79995554433',
      body: 'one',
      senderName: 'Ivan',
    });
    emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79995554433', body: 'two' });
    const before = (await chats()).data.find((chat) => chat.id === '79995554433@c.us');
    expect(before).toMatchObject({ name: 'Ivan', unreadCount: 2, isGroup: false });
    const seen = await callWhatsgate(emulator, 'seen', {
      WhatsappID: whatsappId,
      recipient: { number: '79995554433' },
    });
    expect(seen.body).toEqual(whatsgateFixtures.okResponse);
    const after = (await chats()).data.find((chat) => chat.id === '79995554433@c.us');
    expect(after?.unreadCount).toBe(0);
    expect(emulator.control.seenChats(whatsappId)).toEqual(['79995554433@c.us']);
    const missing = await callWhatsgate(emulator, 'seen', { WhatsappID: whatsappId });
    expect(missing.status).toBe(500);
  });

  it('typing shows the indicator for 15 s', async () => {
    const typing = await callWhatsgate(emulator, 'typing', {
      ...whatsgateFixtures.typingRequest,
      WhatsappID: whatsappId,
    });
    expect(typing.body).toEqual({ result: 'OK' });
    expect(emulator.control.typingChats(whatsappId)).toEqual(['79999999999@c.us']);
    now += 14_999;
    expect(emulator.control.typingChats(whatsappId)).toEqual(['79999999999@c.us']);
    now += 1;
    expect(emulator.control.typingChats(whatsappId)).toEqual([]);
  });

  it('check reports registration and follows control.setNumberRegistered', async () => {
    const check = (number: string) => callWhatsgate(emulator, 'check', { WhatsappID: whatsappId, number });
    expect((await check('79991112233')).body).toEqual({ result: 'OK', data: true });
    emulator.control.setNumberRegistered('79991112233', false);
    expect((await check('79991112233')).body).toEqual({ result: 'OK', data: false });
    emulator.control.setNumberRegistered('79991112233', true);
    expect((await check('79991112233')).body.data).toBe(true);
    expect((await check('+79991112233')).status).toBe(500);
  });
});
