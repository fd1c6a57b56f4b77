import nock from 'nock';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import { MessengerError } from '../../src/errors/messenger-error.js';
import { createHttpTransport } from '../../src/transport/create-http-transport.js';
import type { HttpTransportOptions } from '../../src/transport/http-transport.js';

/** The fake GREEN-API-like hosts nock intercepts. */
export const api = 'https://1101.api.example.test';
export const media = 'https://1101.media.example.test';

/**
 * Blocks every host but 127.0.0.1 for the file, fails a test that left interceptors unused, and
 * restores fetch afterwards.
 */
export function useNockNetwork(): void {
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    vi.unstubAllGlobals();
    expect(pending).toEqual([]);
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
}

/** A transport on the nock hosts with near-zero retry delays. */
export function nockTransport(options: Partial<HttpTransportOptions> = {}) {
  return createHttpTransport({
    provider: 'green-api',
    baseUrl: api,
    mediaUrl: media,
    retry: { limit: 2, baseDelayMilliseconds: 1 },
    ...options,
  });
}

/** A transport on a loopback server's URL with near-zero retry delays. */
export function loopbackTransport(baseUrl: string, options: Partial<HttpTransportOptions> = {}) {
  return createHttpTransport({
    provider: 'whatsgate',
    baseUrl,
    retry: { limit: 2, baseDelayMilliseconds: 1 },
    ...options,
  });
}

/** What the promise rejected with; fails the test when it resolved. */
export async function captureRejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (reason: unknown) => reason,
  );
}

/** The MessengerError the promise rejected with. */
export async function captureMessengerError(promise: Promise<unknown>): Promise<MessengerError> {
  const error = await captureRejection(promise);
  expect(error).toBeInstanceOf(MessengerError);
  return error as MessengerError;
}
