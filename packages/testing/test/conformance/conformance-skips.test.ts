import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { startVitest } from 'vitest/node';

const fixture = fileURLToPath(new URL('./fixtures/without-webhook-request.conformance.ts', import.meta.url));

it('reports a check it cannot run as skipped with the reason, never as passed', async () => {
  const vitest = await startVitest('test', [], {
    config: false,
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: [fixture],
    watch: false,
    reporters: [],
  });
  try {
    const results = new Map(
      vitest.state
        .getTestModules()
        .flatMap((module) => [...module.children.allTests()])
        .map((test) => [test.name, test.result()]),
    );
    expect(results.get('verifies webhooks and gives a redelivered webhook the same event id')).toEqual({
      state: 'skipped',
      note: 'example adapter without webhookRequest: its driver has no webhookRequest to build deliveries',
      errors: undefined,
    });
    expect(results.get('sends every declared content kind and the provider receives it')?.state).toBe(
      'passed',
    );
  } finally {
    await vitest.close();
  }
}, 60_000);
