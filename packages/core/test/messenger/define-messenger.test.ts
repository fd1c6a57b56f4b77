import { describe, expect, it, vi } from 'vitest';
import {
  createCapabilities,
  defineMessenger,
  defineSessionManager,
  isMessengerError,
  listCapabilities,
  type OutgoingMessage,
  operationNames,
  UnsupportedError,
} from '../../src/index.js';

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
      groupId: 'team@g.us',
    });
    await expect(messenger.groups.leave('team@g.us')).rejects.toMatchObject({ operation: 'groups.leave' });
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
    const manager = defineSessionManager({ provider: 'acme', list });
    expect(manager.capabilities).toEqual({ list: true, create: false, rename: false, delete: false });
    await expect(manager.list()).resolves.toHaveLength(1);
    await expect(manager.delete('s1')).rejects.toMatchObject({
      code: 'unsupported',
      operation: 'sessions.delete',
    });
  });
});
