import { describe, expectTypeOf, it } from 'vitest';
import type { CapabilityPath, Group, Messenger, MessengerEvent, Session } from '../../src/index.js';

declare const messenger: Messenger;
declare const event: MessengerEvent;

describe('the contract types', () => {
  it('narrows an event by its type', () => {
    if (event.type === 'message-received') {
      expectTypeOf(event.message).toHaveProperty('content');
      // @ts-expect-error a received message has no delivery status
      event.status;
    }
    if (event.type === 'message-status-updated') expectTypeOf(event).toHaveProperty('status');
  });

  it('accepts only real capability paths in supports()', () => {
    expectTypeOf(messenger.supports).parameter(0).toEqualTypeOf<CapabilityPath>();
    messenger.supports('groups.create');
    // @ts-expect-error not a capability path
    messenger.supports('groups.destroy');
    // @ts-expect-error a path needs its group
    messenger.supports('create');
  });

  it('gives Groups and Sessions, not id-taking operations', () => {
    expectTypeOf(messenger.group('120363043968066561@g.us')).toEqualTypeOf<Group>();
    expectTypeOf(messenger.groups.create).returns.resolves.toEqualTypeOf<Group>();
    expectTypeOf(messenger.session).toMatchTypeOf<Session>();
    expectTypeOf(messenger.session.messenger()).toMatchTypeOf<Messenger>();
    // @ts-expect-error the id-taking group operations are not on the user-facing surface
    messenger.groups.rename;
  });
});
