import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createGreenApiMessenger,
  type GreenApiMessengerOptions,
  type GreenApiNetwork,
} from '../../src/index.js';

/** A 50-hex token like GREEN-API's; tests assert it never leaks. */
export const token = 'd75b3a66374942c5b3c019c698abc2067e151558acbd412345';

/** Per network: the instance id and the hosts derived from it. */
export const instances = {
  whatsapp: {
    idInstance: '7103000000',
    apiUrl: 'https://7103.api.green-api.com',
    mediaUrl: 'https://7103.media.green-api.com',
    prefix: '',
  },
  telegram: {
    idInstance: '4100000000',
    apiUrl: 'https://4100.api.green-api.com',
    mediaUrl: 'https://4100.api.green-api.com',
    prefix: '',
  },
  max: {
    idInstance: '3100000000',
    apiUrl: 'https://3100.api.green-api.com',
    mediaUrl: 'https://3100.api.green-api.com',
    prefix: '/v3',
  },
} as const satisfies Record<GreenApiNetwork, unknown>;

/** The request path of an instance method (with the `/v3` prefix on MAX). */
export function methodPath(network: GreenApiNetwork, method: string, suffix = ''): string {
  const instance = instances[network];
  return `${instance.prefix}/waInstance${instance.idInstance}/${method}/${token}${suffix}`;
}

/** A nock scope on the network's API host. */
export function apiHost(network: GreenApiNetwork): nock.Scope {
  return nock(instances[network].apiUrl);
}

/** A nock scope on the network's media host. */
export function mediaHost(network: GreenApiNetwork): nock.Scope {
  return nock(instances[network].mediaUrl);
}

/** A messenger with default hosts and no retries. */
export function messengerFor(network: GreenApiNetwork, options: Partial<GreenApiMessengerOptions> = {}) {
  return createGreenApiMessenger({
    // nock's hosts do not resolve here; core's download tests cover the address checks.
    allowPrivateMediaAddresses: true,
    network,
    idInstance: instances[network].idInstance,
    apiTokenInstance: token,
    retry: false,
    ...options,
  });
}

/** Blocks real network access for the file and cleans nock between tests. */
export function useNock(): void {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    if (pending.length > 0) throw new Error(`unused mocks: ${pending.join(', ')}`);
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
}
