import { inspect } from 'node:util';
import { isMessengerError } from '@switchboard/core';
import { Redactor } from '@switchboard/core/adapter';
import { describe, expect, it } from 'vitest';
import { createSdkwaErrorDetector } from '../../src/index.js';
import { api, createTestMessenger, pathOf, token, useNock } from '../support/nock-helpers.js';

// Issue 15, items 4 and 6 as an SDKWA messenger meets them. Both fail on the code before them.

useNock();

describe('item 4: a downloadUrl from an answer is checked like any other URL', () => {
  it('refuses a JSON {downloadUrl} pointing at the metadata address', async () => {
    const scope = api()
      .post(pathOf('downloadFile/EA0B'), { chatId: '79001234567@c.us' })
      .reply(200, { downloadUrl: 'http://169.254.169.254/latest/meta-data/iam' });
    const error = await createTestMessenger({ allowPrivateMediaAddresses: false })
      .messages.downloadMedia({ chatId: '79001234567@c.us', messageId: 'EA0B' })
      .catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect(scope.isDone()).toBe(true);
  });

  it('refuses a data: URL', async () => {
    await expect(
      createTestMessenger().messages.downloadMedia({ url: 'data:image/png;base64,aGk=' }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });
});

describe('item 6: error details pass the Redactor', () => {
  const detect = createSdkwaErrorDetector(new Redactor([token]));

  it.each([
    [
      'providerMessage of a wrong code',
      {
        status: 200,
        path: `whatsapp/1101000001/sendRegistrationCode`,
        body: { type: 'error', message: `code for ${token} refused` },
      },
    ],
    [
      'the registration refusal reason and login',
      {
        status: 200,
        path: `whatsapp/1101000001/requestRegistrationCode`,
        body: { status: 'fail', reason: `blocked ${token}`, login: token },
      },
    ],
  ])('%s', (_label, response) => {
    const error = detect(response as never);
    expect(isMessengerError(error)).toBe(true);
    for (const shown of [JSON.stringify(error), inspect(error, { depth: 10 }), error?.message ?? '']) {
      expect(shown).not.toContain(token.slice(0, 16));
    }
  });
});
