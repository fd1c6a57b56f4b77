// An app that builds its messengers only by config: core plus one type-only import per adapter it
// configures (the adapters themselves are imported lazily by createMessenger). Those lines load the
// adapters' options types; without them the @ts-expect-error lines below are unused.

import { createMessenger, createSessionManager } from '@switchboard/core';
import type {} from '@switchboard/green-api';
import type {} from '@switchboard/sdkwa';
import type {} from '@switchboard/whatsgate';
import { describe, it } from 'vitest';

describe('a config-only app with the adapters type-imported', () => {
  it('refuses misspelt and mistyped options of every built-in provider', () => {
    void createMessenger({
      provider: 'green-api',
      // @ts-expect-error apiTokenInstanse is not a GREEN-API option
      options: { network: 'whatsapp', idInstance: '1101000001', apiTokenInstanse: 'token' },
    });
    void createMessenger({
      provider: 'sdkwa',
      // @ts-expect-error SDKWA instances are whatsapp or telegram
      options: { network: 'max', idInstance: '1', apiTokenInstance: 'token' },
    });
    void createMessenger({
      provider: 'whatsgate',
      // @ts-expect-error whatsAppId is misspelt (whatsappId)
      options: { apiKey: 'key', whatsAppId: '67506a033c2f8' },
    });
    // @ts-expect-error the Whatsgate session manager needs the account's apiKey
    void createSessionManager({ provider: 'whatsgate', options: {} });
  });

  it('accepts well-typed options, and any options of a third-party provider', () => {
    void createMessenger({
      provider: 'green-api',
      options: {
        network: 'telegram',
        idInstance: 4100000001,
        apiTokenInstance: 'token',
        timeoutMilliseconds: 5000,
      },
    });
    void createSessionManager({ provider: 'sdkwa', options: { userId: '1', userToken: 'token' } });
    void createMessenger({ provider: 'acme', module: 'switchboard-acme', options: { apiKey: 'key' } });
  });
});
