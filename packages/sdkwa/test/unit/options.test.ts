import { isMessengerError, providerCatalog, type SessionManagerConfig } from '@switchboard/core';
import { describe, expect, it } from 'vitest';
import { createSdkwaMessenger, sdkwaCapabilities } from '../../src/index.js';
import { api, createTestMessenger, pathOf, token, useNock } from '../support/nock-helpers.js';

useNock();

function thrownBy(create: () => unknown): unknown {
  try {
    create();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('createSdkwaMessenger options', () => {
  it('builds a v1 messenger with provider sdkwa, the network and the instance id', () => {
    const messenger = createSdkwaMessenger({
      network: 'telegram',
      idInstance: 1101000002,
      apiTokenInstance: token,
    });
    expect(messenger).toMatchObject({
      specificationVersion: 'v1',
      provider: 'sdkwa',
      network: 'telegram',
      instanceId: '1101000002',
    });
  });

  it('defaults the host to https://api.sdkwa.pro and strips a trailing slash from a custom host', async () => {
    const scope = api().get(pathOf('getStateInstance')).reply(200, { stateInstance: 'authorized' });
    const messenger = createTestMessenger({ host: 'https://api.sdkwa.test/' });
    await messenger.raw.getStateInstance();
    expect(scope.isDone()).toBe(true);
  });

  it.each([
    [{ network: 'max' }, 'network'],
    [{ idInstance: 'abc' }, 'idInstance'],
    [{ apiTokenInstance: '' }, 'apiTokenInstance'],
    [{ host: 'not a url' }, 'host'],
    [{ timeoutMilliseconds: -1 }, 'timeoutMilliseconds'],
    [{ retry: { limit: 'x' } }, 'retry'],
    [{ unknownOption: true }, 'unknownOption'],
  ])('rejects %j naming %s, without the token', (override, name) => {
    const error = thrownBy(() =>
      createSdkwaMessenger({
        network: 'whatsapp',
        idInstance: '1',
        apiTokenInstance: token,
        ...override,
      } as never),
    );
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain(token);
  });

  it('accepts the session manager options of a shared config', () => {
    expect(() =>
      createSdkwaMessenger({
        network: 'whatsapp',
        idInstance: '1',
        apiTokenInstance: token,
        userId: '1',
        userToken: 'x',
      } as never),
    ).not.toThrow();
  });

  it('takes every option the core catalog lists for sdkwa', () => {
    const messengerOptions = providerCatalog.sdkwa.options.map((option) => option.name);
    expect(messengerOptions).toEqual(
      expect.arrayContaining(['network', 'idInstance', 'apiTokenInstance', 'host', 'timeoutMilliseconds']),
    );
    expect(providerCatalog.sdkwa.createMessengerExport).toBe('createSdkwaMessenger');
    expect(providerCatalog.sdkwa.createSessionManagerExport).toBe('createSdkwaSessionManager');
  });
});

describe('capabilities', () => {
  it('are truthful per network', () => {
    const whatsapp = createTestMessenger();
    expect(whatsapp.supports('session.requestCode')).toBe(true);
    expect(whatsapp.supports('session.getQrCode')).toBe(true);
    expect(whatsapp.supports('contacts.check')).toBe(true);
    expect(whatsapp.supports('send.poll')).toBe(false);
    expect(whatsapp.supports('messages.edit')).toBe(false);
    expect(whatsapp.supports('queue.countNotifications')).toBe(false);
    const telegram = createTestMessenger({ network: 'telegram' });
    expect(telegram.supports('session.getQrCode')).toBe(false);
    expect(telegram.supports('session.requestCode')).toBe(true);
    expect(sdkwaCapabilities.telegram.contacts?.check).toBe(false);
  });
});

describe('core registry', () => {
  const importModule = async (specifier: string) => {
    expect(specifier).toBe('@switchboard/sdkwa');
    return import('../../src/index.js');
  };

  it('createMessenger({ provider: "sdkwa" }) builds this adapter from the catalog', async () => {
    const { createMessenger } = await import('@switchboard/core');
    const messenger = await createMessenger(
      {
        provider: 'sdkwa',
        options: { network: 'whatsapp', idInstance: '1101000001', apiTokenInstance: token },
      },
      { importModule },
    );
    expect(messenger).toMatchObject({ provider: 'sdkwa', network: 'whatsapp', instanceId: '1101000001' });
  });

  it('createSessionManager({ provider: "sdkwa" }) builds the user-API manager and needs userToken', async () => {
    const { createSessionManager } = await import('@switchboard/core');
    const manager = await createSessionManager(
      { provider: 'sdkwa', options: { userId: '1', userToken: 'user-token-1' } },
      { importModule },
    );
    expect(manager.capabilities.create).toBe(true);
    // A config read at run time (provider only known as a string) is checked when the manager is created.
    const incomplete: SessionManagerConfig = { provider: 'sdkwa', options: { userId: '1' } };
    await expect(createSessionManager(incomplete, { importModule })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});
