import { describe, expect, it } from 'vitest';
import { createCapabilities, listCapabilities } from '../../src/capabilities/capabilities.js';
import { everyOperation } from '../../src/capabilities/every-operation.js';
import { operationNames } from '../../src/capabilities/operation-names.js';

describe('everyOperation', () => {
  it('declares every operation of the group, in contract order', () => {
    expect(everyOperation('inbox')).toEqual({ receive: true, ack: true, parseWebhook: true });
    expect(Object.keys(everyOperation('groups'))).toEqual([...operationNames.groups]);
  });

  it('completes into capabilities with the whole group true and the others false', () => {
    const capabilities = createCapabilities({ queue: everyOperation('queue') });
    const enabled = listCapabilities(capabilities)
      .filter(([, supported]) => supported)
      .map(([path]) => path);
    expect(enabled).toEqual(operationNames.queue.map((name) => `queue.${name}`));
  });
});
