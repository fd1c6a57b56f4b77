import type nock from 'nock';
import { expect, it } from 'vitest';
import type { GreenApiClient, GreenApiNetwork } from '../../src/index.js';
import { apiHost, messengerFor, methodPath } from './nock-helpers.js';

/** One raw-client method call and the HTTP exchange it must produce. */
export interface RawCase {
  /** GREEN-API method name (path segment). */
  method: string;
  verb: 'GET' | 'POST' | 'DELETE';
  call: (client: GreenApiClient) => Promise<unknown>;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  suffix?: string;
  reply: unknown;
  expected?: unknown;
}

/** A personal WhatsApp chat id used across the request-shape tables. */
export const chatId = '79001234567@c.us';

/** A WhatsApp group id used across the request-shape tables. */
export const groupId = '120363043968066561@g.us';

/** Mocks the request a raw case must send on the network's API host and answers with its reply. */
export function intercept(network: GreenApiNetwork, testCase: RawCase) {
  const path = methodPath(network, testCase.method, testCase.suffix);
  const scope = apiHost(network);
  const interceptor =
    testCase.verb === 'GET'
      ? scope.get(path)
      : testCase.verb === 'DELETE'
        ? scope.delete(path)
        : scope.post(path, (testCase.body ?? {}) as nock.DataMatcherMap);
  const withQuery = testCase.query === undefined ? interceptor : interceptor.query(testCase.query);
  return withQuery.reply(200, testCase.reply as nock.Body);
}

/**
 * Registers one WhatsApp test per case (titled by the method name): the request matches the
 * case and the client returns `expected` (or the reply when there is none).
 */
export function itSendsEachWhatsAppRequestShape(cases: readonly RawCase[]): void {
  it.each(cases.map((testCase) => [testCase.method, testCase] as const))('%s', async (_name, testCase) => {
    const scope = intercept('whatsapp', testCase);
    const result = await testCase.call(messengerFor('whatsapp').raw);
    expect(scope.isDone()).toBe(true);
    expect(result).toEqual('expected' in testCase ? testCase.expected : testCase.reply);
  });
}
