import { expect, it } from 'vitest';
import type { SdkwaClient } from '../../src/index.js';
import { api, createTestMessenger } from './nock-helpers.js';

/** One raw-client method call and the HTTP exchange it must produce. */
export interface JsonCase {
  name: string;
  call: (client: SdkwaClient) => Promise<unknown>;
  verb: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
  reply: unknown;
  expected?: unknown;
}

/** A personal WhatsApp chat id used across the request-shape tables. */
export const chatId = '79001234567@c.us';

/** A WhatsApp group id used across the request-shape tables. */
export const groupId = '120363043968066561@g.us';

/** A message id used across the request-shape tables. */
export const idMessage = '3EB0C767D097B7C7C030';

/**
 * Registers one test per case (titled `name: verb path`): the request matches the case's verb,
 * path, query and JSON body, and the client returns `expected` (or the reply when there is none).
 */
export function itSendsEachRequestShape(cases: readonly JsonCase[]): void {
  it.each(cases)('$name: $verb $path', async (testCase) => {
    const { raw } = createTestMessenger();
    let scope = api();
    const interceptor =
      testCase.verb === 'GET'
        ? scope.get(testCase.path)
        : testCase.verb === 'DELETE'
          ? scope.delete(testCase.path)
          : scope.post(testCase.path, (body: unknown) => {
              expect(body).toEqual(testCase.body);
              return true;
            });
    scope = (testCase.query === undefined ? interceptor : interceptor.query(testCase.query)).reply(
      200,
      typeof testCase.reply === 'string' ? testCase.reply : JSON.stringify(testCase.reply),
      { 'content-type': 'application/json' },
    );
    const result = await testCase.call(raw);
    expect(result).toEqual(testCase.expected === undefined ? testCase.reply : testCase.expected);
    expect(scope.isDone()).toBe(true);
  });
}
