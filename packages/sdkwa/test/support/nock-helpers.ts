import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSdkwaMessenger, type SdkwaMessengerOptions } from '../../src/index.js';

/** A host no test ever reaches: every request to it must be mocked by nock. */
export const host = 'https://api.sdkwa.test';
export const idInstance = '1101000001';
export const token = '1f2485e80f474293b935f77d78c64e76fa4bdceb417a4998a4';
export const webhookToken = 'webhook-secret-4711';

/** Disables real network access (loopback stays allowed for emulator tests) for the calling file. */
export function useNock(): void {
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => {
    nock.cleanAll();
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
}

/** A messenger pointed at {@link host} with retries off. */
export function createTestMessenger(options: Partial<SdkwaMessengerOptions> = {}) {
  return createSdkwaMessenger({
    // nock's hosts do not resolve here; core's download tests cover the address checks.
    allowPrivateMediaAddresses: true,
    network: 'whatsapp',
    idInstance,
    apiTokenInstance: token,
    host,
    retry: false,
    webhookUrlToken: webhookToken,
    ...options,
  });
}

/** A nock scope that requires the instance's bearer token. */
export function api(): nock.Scope {
  return nock(host, { reqheaders: { authorization: `Bearer ${token}` } });
}

/** The path of an instance method. */
export function pathOf(method: string, network = 'whatsapp'): string {
  return `/${network}/${idInstance}/${method}`;
}

/** Reads a multipart body captured by nock (a string) into its text fields and file parts. */
export function multipartParts(
  body: unknown,
): Record<string, { value: string; fileName?: string; type?: string }> {
  const text = typeof body === 'string' ? body : Buffer.from(body as Uint8Array).toString('latin1');
  const boundary = /^--([^\r\n]+)/.exec(text)?.[1] ?? '';
  const parts: Record<string, { value: string; fileName?: string; type?: string }> = {};
  for (const chunk of text.split(`--${boundary}`)) {
    const match =
      /name="([^"]+)"(?:; filename="([^"]*)")?\r\n(?:Content-Type: ([^\r\n]+)\r\n)?\r\n([\s\S]*)\r\n$/i.exec(
        chunk,
      );
    if (match === null) continue;
    const [, name = '', fileName, type, value = ''] = match;
    parts[name] = {
      value,
      ...(fileName === undefined ? {} : { fileName }),
      ...(type === undefined ? {} : { type }),
    };
  }
  return parts;
}
