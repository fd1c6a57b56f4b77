import { describe, expect, it } from 'vitest';
import { createHttpTransport, defineMessenger } from '../../src/adapter.js';
import { sendsRetriedByTransport } from '../../src/index.js';

const baseUrl = 'https://api.example.test';

function messengerOver(retriesSends: boolean | undefined) {
  return defineMessenger({
    provider: 'acme',
    network: 'whatsapp',
    instanceId: '1',
    capabilities: {},
    raw: undefined,
    ...(retriesSends === undefined ? {} : { retriesSends }),
  });
}

describe('sendsRetriedByTransport', () => {
  it('follows the transport: retried by default, not with retry: false or a limit of 0', () => {
    expect(createHttpTransport({ provider: 'acme', baseUrl }).retriesSends).toBe(true);
    expect(createHttpTransport({ provider: 'acme', baseUrl, retry: { limit: 1 } }).retriesSends).toBe(true);
    expect(createHttpTransport({ provider: 'acme', baseUrl, retry: false }).retriesSends).toBe(false);
    expect(createHttpTransport({ provider: 'acme', baseUrl, retry: { limit: 0 } }).retriesSends).toBe(false);
  });

  it('reads what the adapter declared, through a proxy too, and undefined when it declared nothing', () => {
    expect(sendsRetriedByTransport(messengerOver(true))).toBe(true);
    expect(sendsRetriedByTransport(messengerOver(false))).toBe(false);
    expect(sendsRetriedByTransport(messengerOver(undefined))).toBeUndefined();
    expect(sendsRetriedByTransport(new Proxy(messengerOver(true), {}))).toBe(true);
    expect(Object.keys(messengerOver(true))).not.toContain('retriesSends');
  });
});
