import { isMessengerError } from '@switchboard/core';
import { expect, it } from 'vitest';
import type { ConformanceCheckContext } from './conformance-check-context.js';

/** Registers the Group and Session checks: a group round trip, the messenger's own Session, a managed Session. */
export function registerGroupAndSessionChecks({
  options,
  timeout,
  withSubject,
}: ConformanceCheckContext): void {
  it(
    'creates a group and works with it as a Group (info, rename, send into it, leave)',
    withSubject(async (subject, skip) => {
      const { messenger, driver } = subject;
      if (!messenger.supports('groups.create')) return skip('does not declare groups.create');
      await driver.authorize();
      const group = await messenger.groups.create({ name: 'Conformance', participants: [driver.chatId] });
      expect(group.id).toEqual(expect.any(String));
      expect(messenger.group(group.id).id).toBe(group.id);
      if (messenger.supports('groups.getInfo')) expect((await group.info()).id).toBe(group.id);
      if (messenger.supports('groups.rename')) {
        await group.rename('Conformance renamed');
        if (messenger.supports('groups.getInfo'))
          expect((await group.info()).name).toBe('Conformance renamed');
      }
      if (messenger.supports('send.text')) {
        const sent = await group.sendText('conformance group text');
        expect(sent.messageId).toEqual(expect.any(String));
        const received = await driver.sentMessages();
        expect(
          received.some((message) => message.kind === 'text' && message.chatId === group.id),
          'the group send reached the provider',
        ).toBe(true);
      }
      if (messenger.supports('groups.leave')) await group.leave();
    }),
    timeout,
  );

  it(
    'gives the messenger its own Session',
    withSubject(async ({ messenger }) => {
      const { session } = messenger;
      expect(session).toMatchObject({ id: messenger.instanceId, provider: messenger.provider });
      expect(session.network).toBe(messenger.network);
      expect(session.messenger()).toBe(messenger);
      const error = await session.getState().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      if (!messenger.supports('session.getState')) expect(isMessengerError(error, 'unsupported')).toBe(true);
    }),
    timeout,
  );

  it.skipIf(options.sessions === undefined)(
    'lists, creates, authorizes and sends through a managed Session',
    async () => {
      const sessions = options.sessions;
      if (sessions === undefined) return;
      const { manager, network, chatId, authorize, sentMessages, teardown } = await sessions();
      try {
        expect(manager.networks).toContain(network);
        const before = await manager.list();
        const created = await manager.create({ name: 'Conformance session', network });
        expect(created).toMatchObject({ provider: manager.provider, network });
        expect(created.info.id).toBe(created.id);
        expect(before.map((session) => session.id)).not.toContain(created.id);
        expect((await manager.list()).map((session) => session.id)).toContain(created.id);
        await authorize(created);
        const messenger = created.messenger();
        expect(created.messenger()).toBe(messenger);
        if (messenger.supports('session.getState')) expect(await created.getState()).toBe('authorized');
        const sent = await messenger.sendText(chatId, 'conformance session text');
        expect(sent.messageId).toEqual(expect.any(String));
        expect(
          (await sentMessages(created)).some(
            (message) => message.kind === 'text' && message.chatId === chatId,
          ),
          'the managed session send reached the provider',
        ).toBe(true);
        const refused = await manager.create({ name: 'Refused', network: 'conformance-network' }).then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(isMessengerError(refused, 'unsupported'), 'a network it cannot create is refused').toBe(true);
      } finally {
        await teardown?.();
      }
    },
    timeout,
  );
}
