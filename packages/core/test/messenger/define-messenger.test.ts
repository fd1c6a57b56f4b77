import { describe, expect, it, vi } from 'vitest';
import { createCapabilities, listCapabilities } from '../../src/capabilities/capabilities.js';
import { operationNames } from '../../src/capabilities/operation-names.js';
import { isMessengerError } from '../../src/errors/messenger-error.js';
import { UnsupportedError } from '../../src/errors/unsupported-error.js';
import { defineMessenger } from '../../src/messenger/define-messenger.js';
import { defineSessionManager } from '../../src/messenger/define-session-manager.js';
import type { OutgoingMessage } from '../../src/templates/outgoing-message.js';

function createFakeMessenger() {
  const sent: OutgoingMessage[] = [];
  const messenger = defineMessenger({
    provider: 'acme',
    network: 'whatsapp',
    instanceId: '42',
    raw: { kind: 'acme-client' },
    capabilities: { send: { text: true, media: true, location: true }, groups: { create: true } },
    send: async (outgoing) => {
      sent.push(outgoing);
      return {
        status: 'accepted',
        messageId: `m${sent.length}`,
        chatId: outgoing.recipient.chatId ?? '',
        raw: null,
      };
    },
    groups: {
      create: async ({ name }) => ({ groupId: `${name}@g.us`, raw: null }),
      leave: async () => undefined,
    },
  });
  return { messenger, sent };
}

describe('defineMessenger', () => {
  it('exposes the contract identity and capabilities', () => {
    const { messenger } = createFakeMessenger();
    expect(messenger.specificationVersion).toBe('v1');
    expect(messenger.provider).toBe('acme');
    expect(messenger.raw).toEqual({ kind: 'acme-client' });
    expect(messenger.supports('send.text')).toBe(true);
    expect(messenger.supports('send.poll')).toBe(false);
    expect(messenger.capabilities.groups.create).toBe(true);
  });

  it('validates sends with the templates before the adapter sees them', async () => {
    const { messenger, sent } = createFakeMessenger();
    await expect(messenger.sendText('a@c.us', 'hi')).resolves.toMatchObject({ messageId: 'm1' });
    expect(sent[0]).toEqual({
      recipient: { chatId: 'a@c.us', isGroup: false },
      message: { type: 'text', text: 'hi' },
    });
    await messenger.sendMedia(
      { phone: '7900123' },
      { url: 'https://e.com/a.jpg', fileName: 'a.jpg' },
      { caption: 'c' },
    );
    expect(sent[1]?.message).toEqual({
      type: 'media',
      media: { url: 'https://e.com/a.jpg', fileName: 'a.jpg' },
      caption: 'c',
    });
    const error = await messenger.sendText('a@c.us', '').catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('rejects undeclared content kinds, uploads and replies with UnsupportedError', async () => {
    const { messenger, sent } = createFakeMessenger();
    const poll = messenger.sendPoll('a@c.us', { question: 'Q', options: ['a', 'b'] });
    await expect(poll).rejects.toBeInstanceOf(UnsupportedError);
    await expect(poll).rejects.toThrow('acme (whatsapp) does not support send.poll');
    await expect(
      messenger.sendMedia('a@c.us', { data: new Uint8Array([1]), fileName: 'a.bin' }),
    ).rejects.toMatchObject({ code: 'unsupported', operation: 'send.mediaUpload' });
    await expect(messenger.sendText('a@c.us', 'x', { replyTo: 'm1' })).rejects.toMatchObject({
      operation: 'send.reply',
    });
    await expect(messenger.sendTyping('a@c.us')).rejects.toMatchObject({ operation: 'send.typing' });
    expect(sent).toHaveLength(0);
  });

  it('fills every group, rejecting what is not declared even when implemented', async () => {
    const { messenger } = createFakeMessenger();
    await expect(messenger.groups.create({ name: 'team', participants: [] })).resolves.toMatchObject({
      id: 'team@g.us',
    });
    await expect(messenger.group('team@g.us').leave()).rejects.toMatchObject({ operation: 'groups.leave' });
    for (const group of ['messages', 'inbox', 'session', 'contacts', 'queue'] as const) {
      for (const name of operationNames[group]) {
        const operation = (messenger[group] as unknown as Record<string, () => Promise<unknown>>)[name];
        await expect(operation?.()).rejects.toMatchObject({
          code: 'unsupported',
          operation: `${group}.${name}`,
        });
      }
    }
  });

  it('builds groups whose methods address the group and whose sends go to its chat', async () => {
    const { messenger, sent } = createFakeMessenger();
    const group = await messenger.groups.create({ name: 'team', participants: [] });
    expect(group.id).toBe('team@g.us');
    await group.sendText('hello');
    await group.sendLocation({ latitude: 1, longitude: 2 });
    expect(sent.map((outgoing) => outgoing.recipient.chatId)).toEqual(['team@g.us', 'team@g.us']);
    expect(sent[0]?.recipient.isGroup).toBe(true);
    await expect(group.sendPoll({ question: 'q', options: ['a', 'b'] })).rejects.toMatchObject({
      operation: 'send.poll',
    });
    for (const call of [
      () => group.info(),
      () => group.rename('x'),
      () => group.addParticipant('1@c.us'),
      () => group.removeParticipant('1@c.us'),
      () => group.promote('1@c.us'),
      () => group.demote('1@c.us'),
      () => group.setPicture({ url: 'https://e.com/a.jpg', fileName: 'a.jpg' }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'unsupported' });
    }
  });

  it('gives the messenger its own session, which opens the same messenger', async () => {
    const { messenger } = createFakeMessenger();
    expect(messenger.session).toMatchObject({
      id: '42',
      provider: 'acme',
      network: 'whatsapp',
      info: undefined,
    });
    expect(messenger.session.messenger()).toBe(messenger);
    await expect(messenger.session.getState()).rejects.toMatchObject({ operation: 'session.getState' });
  });

  it('refuses a declaration without implementation', () => {
    expect(() =>
      defineMessenger({
        provider: 'acme',
        network: 'whatsapp',
        instanceId: '1',
        raw: null,
        capabilities: { messages: { edit: true } },
      }),
    ).toThrow('acme declares messages.edit but does not implement it');
    expect(() =>
      defineMessenger({
        provider: 'acme',
        network: 'x',
        instanceId: '1',
        raw: null,
        capabilities: { send: { text: true } },
      }),
    ).toThrow('does not implement send');
  });
});

describe('capabilities', () => {
  it('completes declarations and rejects unknown names', () => {
    const capabilities = createCapabilities({ queue: { listOutgoing: true } });
    expect(listCapabilities(capabilities)).toContainEqual(['queue.listOutgoing', true]);
    expect(listCapabilities(capabilities).filter(([, supported]) => supported)).toHaveLength(1);
    expect(() => createCapabilities({ queue: { flush: true } as never })).toThrow(
      'Unknown capability queue.flush',
    );
  });
});

describe('defineSessionManager', () => {
  it('derives capabilities from the operations given', async () => {
    const list = vi.fn(async () => [{ id: 's1', name: 'Shop', state: 'authorized' as const }]);
    const manager = defineSessionManager({
      provider: 'acme',
      networks: ['whatsapp'],
      list,
      openMessenger: () => createFakeMessenger().messenger,
    });
    expect(manager.capabilities).toEqual({ list: true, create: false, rename: false, delete: false });
    await expect(manager.list()).resolves.toHaveLength(1);
    await expect(manager.delete('s1')).rejects.toMatchObject({
      code: 'unsupported',
      operation: 'sessions.delete',
    });
  });

  it('turns listed and created sessions into Sessions that open their messenger once', async () => {
    const opened: string[] = [];
    const create = vi.fn(async (input: { name?: string | undefined; network: string }) => ({
      id: 'new',
      name: input.name ?? '',
      state: 'not-authorized' as const,
      credentials: { token: 'secret' },
    }));
    const manager = defineSessionManager({
      provider: 'acme',
      networks: ['whatsapp', 'telegram'],
      list: async () => [{ id: 's1', name: 'Shop', state: 'authorized' as const, network: 'telegram' }],
      create,
      openMessenger: (info) => {
        opened.push(info.id);
        return createFakeMessenger().messenger;
      },
    });
    const [listed] = await manager.list();
    expect(listed).toMatchObject({ id: 's1', name: 'Shop', network: 'telegram', provider: 'acme' });
    expect(opened).toEqual([]);
    const created = await manager.create({ name: 'Support' });
    expect(create).toHaveBeenCalledWith({ name: 'Support', network: 'whatsapp' });
    expect(created).toMatchObject({ id: 'new', name: 'Support', network: 'whatsapp' });
    expect(created.info?.credentials).toEqual({ token: 'secret' });
    const messenger = created.messenger();
    expect(created.messenger()).toBe(messenger);
    await expect(messenger.sendText('a@c.us', 'hi')).resolves.toMatchObject({ chatId: 'a@c.us' });
    await expect(created.getState()).rejects.toMatchObject({ operation: 'session.getState' });
    expect(opened).toEqual(['new']);
  });

  it('refuses a network the provider cannot create, before calling it', async () => {
    const create = vi.fn(async () => ({ id: 'new', name: '', state: 'unknown' as const }));
    const manager = defineSessionManager({
      provider: 'acme',
      networks: ['whatsapp'],
      create,
      openMessenger: () => createFakeMessenger().messenger,
    });
    await expect(manager.create({ network: 'max' })).rejects.toMatchObject({
      code: 'unsupported',
      operation: 'sessions.create',
      network: 'max',
    });
    expect(create).not.toHaveBeenCalled();
  });
});
