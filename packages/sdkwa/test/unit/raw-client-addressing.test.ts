import { describe, expect, it } from 'vitest';
import { api, createTestMessenger, pathOf, useNock } from '../support/nock-helpers.js';
import { itSendsEachRequestShape, type JsonCase } from '../support/raw-client-cases.js';

useNock();

/** Methods without a typed wrapper, reached by name. */
const cases: JsonCase[] = [
  {
    name: 'call() for any other method',
    call: (client) => client.call('getInstanceSomething', { verb: 'GET' }),
    verb: 'GET',
    path: pathOf('getInstanceSomething'),
    reply: { ok: 1 },
  },
];

describe('SdkwaClient request shapes', () => {
  itSendsEachRequestShape(cases);

  it('sends on the telegram path for a Telegram instance', async () => {
    const scope = api()
      .get(pathOf('getStateInstance', 'telegram'))
      .reply(200, { stateInstance: 'authorized' });
    const { raw } = createTestMessenger({ network: 'telegram' });
    await raw.getStateInstance();
    expect(scope.isDone()).toBe(true);
  });

  it('never puts the token in the path', async () => {
    const scope = api()
      .get((path) => !path.includes('1f2485e8'))
      .reply(200, { isReboot: true });
    await createTestMessenger().raw.reboot();
    expect(scope.isDone()).toBe(true);
  });
});
