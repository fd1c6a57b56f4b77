import { createHttpTransport, Redactor } from '@switchboard/core/adapter';
import { describe, expect, it } from 'vitest';
import { createGreenApiClient } from '../../src/index.js';

const token = 'd75b3a66374942c5b3c019c698abc2067e151558acbd412345';

function client() {
  const transport = createHttpTransport({ provider: 'green-api', baseUrl: 'https://api.green-api.com' });
  return createGreenApiClient({
    network: 'whatsapp',
    idInstance: '7103000000',
    apiTokenInstance: token,
    transport,
    redactor: new Redactor(),
  });
}

describe('GREEN-API raw client by composition', () => {
  it('shares one set of methods between clients and keeps no method of its own', () => {
    const first = client();
    const second = client();
    expect(Object.getPrototypeOf(first)).toBe(Object.getPrototypeOf(second));
    expect(first.sendMessage).toBe(second.sendMessage);
    expect(Object.keys(first).sort()).toEqual(['call', 'idInstance', 'network']);
  });

  it('never holds the token in a property', () => {
    const raw = client();
    expect(JSON.stringify(raw)).not.toContain(token);
    expect(Object.values(raw).some((value) => value === token)).toBe(false);
  });
});
