import { describe, expect, it, vi } from 'vitest';
import { UnsupportedError } from '../../src/errors/unsupported-error.js';
import { defineMessenger, type MessengerDefinition } from '../../src/messenger/define-messenger.js';
import { Redactor } from '../../src/redaction/redactor.js';

function lazyDefinition() {
  const buildInbox = vi.fn(() => ({
    receive: async () => null,
    ack: async () => undefined,
  }));
  const buildGroups = vi.fn(() => ({
    create: async ({ name }: { name: string }) => ({ groupId: `${name}@g.us`, raw: null }),
    leave: async () => undefined,
  }));
  const definition: MessengerDefinition<null> = {
    provider: 'acme',
    network: 'whatsapp',
    instanceId: '42',
    raw: null,
    capabilities: { inbox: { receive: true, ack: true }, groups: { create: true, leave: true } },
    inbox: buildInbox,
    groups: buildGroups,
  };
  return { definition, buildInbox, buildGroups };
}

describe('defineMessenger with sections given as functions', () => {
  it('builds each section on its first use, once', async () => {
    const { definition, buildInbox, buildGroups } = lazyDefinition();
    const messenger = defineMessenger(definition);
    expect(buildInbox).not.toHaveBeenCalled();
    expect(buildGroups).not.toHaveBeenCalled();
    await expect(messenger.inbox.receive()).resolves.toBeNull();
    await messenger.inbox.ack({ receipt: 'r' } as never);
    expect(buildInbox).toHaveBeenCalledTimes(1);
    expect(buildGroups).not.toHaveBeenCalled();
    const group = await messenger.groups.create({ name: 'Team', participants: [] });
    await group.leave();
    await messenger.group('x@g.us').leave();
    expect(buildGroups).toHaveBeenCalledTimes(1);
    expect(messenger.session).toBe(messenger.session);
    expect(messenger.inbox).toBe(messenger.inbox);
  });

  it('works through a Proxy of the messenger (instrumentation and spies wrap messengers)', async () => {
    const { definition } = lazyDefinition();
    const send = vi.fn(async () => ({
      status: 'accepted' as const,
      messageId: 'm1',
      chatId: '79001234567@c.us',
      raw: null,
    }));
    const messenger = new Proxy(
      defineMessenger({
        ...definition,
        capabilities: { ...definition.capabilities, send: { text: true } },
        send,
      }),
      {},
    );
    await expect(messenger.sendText('79001234567@c.us', 'Hi')).resolves.toMatchObject({ messageId: 'm1' });
    await expect(messenger.inbox.receive()).resolves.toBeNull();
    await expect(messenger.groups.create({ name: 'Team', participants: [] })).resolves.toMatchObject({
      id: 'Team@g.us',
    });
    await expect(
      messenger.sendPoll('79001234567@c.us', { question: 'Q', options: ['a', 'b'] }),
    ).rejects.toBeInstanceOf(UnsupportedError);
    expect(messenger.session.id).toBe('42');
  });

  it('rejects undeclared operations of a lazy section with UnsupportedError', async () => {
    const messenger = defineMessenger(lazyDefinition().definition);
    await expect(messenger.groups.create({ name: 'x', participants: [] })).resolves.toMatchObject({
      id: 'x@g.us',
    });
    await expect(messenger.group('x@g.us').rename('y')).rejects.toBeInstanceOf(UnsupportedError);
    await expect(messenger.inbox.parseWebhook({} as never)).rejects.toMatchObject({
      operation: 'inbox.parseWebhook',
    });
  });

  it('throws when a lazy section lacks a declared operation, on its first use', () => {
    const messenger = defineMessenger({
      ...lazyDefinition().definition,
      inbox: () => ({ receive: async () => null }),
    });
    expect(() => messenger.inbox).toThrow('acme declares inbox.ack but does not implement it');
  });

  it('still throws at construction for an eager section that lacks a declared operation', () => {
    expect(() =>
      defineMessenger({ ...lazyDefinition().definition, inbox: { receive: async () => null } }),
    ).toThrow('acme declares inbox.ack but does not implement it');
  });

  it('shares one frozen capabilities object between messengers of one declaration, and reads a changed one again', () => {
    const { definition } = lazyDefinition();
    const declaration = { send: { text: true }, inbox: { receive: true, ack: true } };
    const send = async () => ({ status: 'accepted' as const, messageId: 'm', chatId: 'c', raw: null });
    const first = defineMessenger({ ...definition, capabilities: declaration, send });
    const second = defineMessenger({ ...definition, capabilities: declaration, send });
    expect(second.capabilities).toBe(first.capabilities);
    expect(Object.isFrozen(first.capabilities.send)).toBe(true);
    (declaration.send as Record<string, boolean>).poll = true;
    const third = defineMessenger({ ...definition, capabilities: declaration, send });
    expect(third.supports('send.poll')).toBe(true);
    expect(first.supports('send.poll')).toBe(false);
  });
});

describe('Redactor compiles its pattern on first use', () => {
  it('redacts secrets added before and after the first redaction', () => {
    const redactor = new Redactor(['first-secret']);
    expect(redactor.redact('a first-secret b')).toBe('a *** b');
    redactor.add('second secret\n');
    expect(redactor.redact('first-secret second secret second%20secret')).toBe('*** *** ***');
    expect(redactor.contains('x second secret')).toBe(true);
    expect(new Redactor().redact('nothing first-secret')).toBe('nothing first-secret');
  });
});
