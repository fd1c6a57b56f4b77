import { createHttpTransport } from '@switchboard/core/adapter';
import { describe, expect, it } from 'vitest';
import { createSdkwaClient } from '../../src/index.js';

function client() {
  const transport = createHttpTransport({ provider: 'sdkwa', baseUrl: 'https://api.sdkwa.pro' });
  return createSdkwaClient({
    network: 'whatsapp',
    idInstance: '7103000000',
    transport,
  });
}

describe('SDKWA raw client by composition', () => {
  it('shares one set of methods between clients and keeps no method of its own', () => {
    const first = client();
    const second = client();
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
    expect(first.sendMessage).toBe(second.sendMessage);
    expect(Object.keys(first).sort()).toEqual(['call', 'idInstance', 'network']);
  });
});
