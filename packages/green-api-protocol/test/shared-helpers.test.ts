import { isMessengerError, type MessengerError } from '@switchboard/core';
import { greenApiFixtures } from '@switchboard/testing';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  confirmationFields,
  createdGroupSchema,
  createGreenApiGroupOperations,
  createGreenApiSessionBasics,
  type GreenApiGroupClient,
  type GreenApiSessionClient,
  instanceCredentialEntries,
  mapGreenApiNotificationSafely,
  mapSettingsToGreenApi,
  methodCallRequest,
  multipartForm,
  parseBearerWebhook,
  toBlob,
} from '../src/index.js';

const provider = { provider: 'sdkwa', label: 'SDKWA' };

function webhookRequest(body: string, authorization?: string): Request {
  return new Request('http://127.0.0.1/hook', {
    method: 'POST',
    body,
    ...(authorization === undefined ? {} : { headers: { authorization } }),
  });
}

describe('parseBearerWebhook', () => {
  it('verifies a Request, parses its body and stamps the events with the calling provider', async () => {
    const body = JSON.stringify(greenApiFixtures.incomingTextMessage);
    const events = await parseBearerWebhook(
      webhookRequest(body, 'Bearer s3cret-token'),
      { webhookUrlToken: 's3cret-token' },
      provider,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ provider: 'sdkwa', type: 'message-received' });
    const again = await parseBearerWebhook(body, {}, provider);
    expect(again[0]?.id).toBe(events[0]?.id);
  });

  it('refuses a Request with a wrong token before reading it, and text that is not JSON', async () => {
    const request = webhookRequest('{}', 'Bearer wrong');
    await expect(
      parseBearerWebhook(request, { webhookUrlToken: 's3cret-token' }, provider),
    ).rejects.toSatisfy(
      (error) => isMessengerError(error, 'auth') && (error as MessengerError).provider === 'sdkwa',
    );
    expect(request.bodyUsed).toBe(false);
    await expect(parseBearerWebhook('not json', {}, provider)).rejects.toThrow(
      'SDKWA webhook body is not JSON',
    );
  });

  it('gives one event per item of an array body and uses the configured instance', async () => {
    const events = await parseBearerWebhook(
      [{ typeWebhook: 'somethingNew' }, 'garbage'],
      { idInstance: '1101000001', network: 'telegram' },
      provider,
    );
    expect(events.map((event) => [event.type, event.instanceId, event.network])).toEqual([
      ['unknown', '1101000001', 'telegram'],
      ['unknown', '1101000001', 'telegram'],
    ]);
  });
});

describe('mapGreenApiNotificationSafely', () => {
  it('maps like mapGreenApiNotification', () => {
    const event = mapGreenApiNotificationSafely(greenApiFixtures.incomingTextMessage, {});
    expect(event).toMatchObject({ provider: 'green-api', type: 'message-received' });
  });

  it('turns a body that makes the mapping throw into a stable unknown event', () => {
    const hostile = {
      get typeWebhook(): string {
        throw new Error('boom');
      },
    };
    const first = mapGreenApiNotificationSafely(hostile, { provider: 'sdkwa', idInstance: '1' });
    const second = mapGreenApiNotificationSafely(hostile, { provider: 'sdkwa', idInstance: '1' });
    expect([first.type, first.provider, first.instanceId]).toEqual(['unknown', 'sdkwa', '1']);
    expect(first.raw).toBe(hostile);
    expect(first.type === 'unknown' ? first.reason : '').toContain('boom');
    expect(second.id).toBe(first.id);
  });
});

describe('createGreenApiGroupOperations', () => {
  it('calls the shared group methods with the GREEN-API field names', async () => {
    const calls: Array<[string, unknown]> = [];
    const record =
      (name: string) =>
      async (input: unknown): Promise<unknown> => {
        calls.push([name, input]);
        return {};
      };
    const client: GreenApiGroupClient = {
      createGroup: async (input) => {
        calls.push(['createGroup', input]);
        return { created: true, chatId: '120363043968066561@g.us', groupInviteLink: '' };
      },
      getGroupData: async (input) => {
        calls.push(['getGroupData', input]);
        return {
          groupId: input.groupId,
          subject: 'Team',
          participants: [{ id: '79001234567@c.us', isAdmin: true }],
        };
      },
      updateGroupName: record('updateGroupName'),
      addGroupParticipant: record('addGroupParticipant'),
      removeGroupParticipant: record('removeGroupParticipant'),
      setGroupAdmin: record('setGroupAdmin'),
      removeAdmin: record('removeAdmin'),
      leaveGroup: record('leaveGroup'),
      setGroupPicture: record('setGroupPicture'),
    };
    const groups = createGreenApiGroupOperations(client, { provider: 'sdkwa', label: 'SDKWA' });
    const groupId = '120363043968066561@g.us';
    const created = await groups.create({ name: 'Team', participants: ['79001234567@c.us'] });
    expect(created).toEqual({ groupId, raw: { created: true, chatId: groupId, groupInviteLink: '' } });
    const participant = { groupId, participantId: '79001234567@c.us' };
    const info = await groups.getInfo(groupId);
    expect(info).toMatchObject({
      id: groupId,
      name: 'Team',
      participants: [{ id: '79001234567@c.us', isAdmin: true }],
    });
    await groups.rename({ groupId, name: 'Team 2' });
    await groups.addParticipant(participant);
    await groups.removeParticipant(participant);
    await groups.promote(participant);
    await groups.demote(participant);
    await groups.leave(groupId);
    const data = new Uint8Array([255, 216]);
    await groups.setPicture({ groupId, picture: { data, fileName: 'logo.png' } });
    const member = { groupId, participantChatId: '79001234567@c.us' };
    expect(calls).toEqual([
      ['createGroup', { groupName: 'Team', chatIds: ['79001234567@c.us'] }],
      ['getGroupData', { groupId }],
      ['updateGroupName', { groupId, groupName: 'Team 2' }],
      ['addGroupParticipant', member],
      ['removeGroupParticipant', member],
      ['setGroupAdmin', member],
      ['removeAdmin', member],
      ['leaveGroup', { groupId }],
      ['setGroupPicture', { groupId, file: { data, fileName: 'logo.png', mimeType: 'image/png' } }],
    ]);
  });

  it('refuses a group picture given by URL, naming the provider', async () => {
    const groups = createGreenApiGroupOperations({} as GreenApiGroupClient, {
      provider: 'sdkwa',
      label: 'SDKWA',
    });
    const picture = { url: 'https://example.com/a.jpg', fileName: 'a.jpg' };
    const refused = await groups.setPicture({ groupId: 'g', picture }).catch((error: unknown) => error);
    expect(isMessengerError(refused, 'invalid-request')).toBe(true);
    expect(refused).toMatchObject({ provider: 'sdkwa', message: expect.stringContaining('SDKWA uploads') });
  });
});

describe('createGreenApiSessionBasics', () => {
  function sessionClient(state: { stateInstance?: string } | null) {
    const calls: Array<[string, unknown]> = [];
    const client: GreenApiSessionClient<Record<string, unknown>> = {
      getStateInstance: async () => state,
      logout: async () => calls.push(['logout', undefined]),
      reboot: async () => calls.push(['reboot', undefined]),
      getSettings: async () => ({ webhookUrl: 'https://example.com/hook', incomingWebhook: 'yes' }),
      setSettings: async (settings) => calls.push(['setSettings', settings]),
    };
    return { client, calls };
  }

  it('reads the state (a null answer is starting) and the settings', async () => {
    expect(
      await createGreenApiSessionBasics(sessionClient(null).client, mapSettingsToGreenApi).getState(),
    ).toBe('starting');
    const { client } = sessionClient({ stateInstance: 'authorized' });
    const session = createGreenApiSessionBasics(client, mapSettingsToGreenApi);
    expect(await session.getState()).toBe('authorized');
    expect(await session.getSettings()).toMatchObject({
      webhookUrl: 'https://example.com/hook',
      notifications: { incomingMessages: true },
    });
  });

  it('logs out, reboots and writes validated settings through the given mapping', async () => {
    const { client, calls } = sessionClient({ stateInstance: 'authorized' });
    const session = createGreenApiSessionBasics(client, (settings) => ({ mapped: settings.webhookUrl }));
    await session.logout();
    await session.reboot();
    await session.updateSettings({ webhookUrl: '' });
    expect(calls).toEqual([
      ['logout', undefined],
      ['reboot', undefined],
      ['setSettings', { mapped: '' }],
    ]);
    await expect(session.updateSettings({ webhookUrl: 42 } as never)).rejects.toSatisfy((error) =>
      isMessengerError(error, 'invalid-request'),
    );
  });
});

describe('methodCallRequest', () => {
  it('maps the verb, appends the path suffix and drops undefined fields', () => {
    const schema = v.looseObject({});
    expect(
      methodCallRequest('whatsapp/1101/deleteNotification', {
        verb: 'DELETE',
        pathSuffix: '/13',
        schema,
        signal: undefined,
        host: undefined,
      }),
    ).toEqual({ method: 'DELETE', path: 'whatsapp/1101/deleteNotification/13', schema });
    expect(methodCallRequest('p', { verb: 'POST', json: { a: 1 }, host: 'media', idempotent: true })).toEqual(
      {
        method: 'POST',
        path: 'p',
        json: { a: 1 },
        host: 'media',
        idempotent: true,
      },
    );
  });
});

describe('multipartForm and toBlob', () => {
  it('puts the file under file and the other fields as text, leaving out empty ones', async () => {
    const form = multipartForm(
      { data: new Uint8Array([1, 2, 3]), fileName: 'a.jpg', mimeType: 'image/jpeg' },
      { chatId: '1@c.us', caption: undefined, quoted: null, extra: { a: 1 }, count: 2 },
    );
    const file = form.get('file') as File;
    expect(file.name).toBe('a.jpg');
    expect(file.type).toBe('image/jpeg');
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([1, 2, 3]);
    expect([...form.keys()]).toEqual(['file', 'chatId', 'extra', 'count']);
    expect(form.get('extra')).toBe('{"a":1}');
    expect(form.get('count')).toBe('2');
    expect((multipartForm({ data: new Uint8Array() }, {}).get('file') as File).name).toBe('file');
  });

  it('types bytes and keeps or replaces the type of a Blob', () => {
    expect(toBlob(new Uint8Array([1])).type).toBe('application/octet-stream');
    const blob = new Blob(['x'], { type: 'text/plain' });
    expect(toBlob(blob)).toBe(blob);
    expect(toBlob(blob, 'text/plain')).toBe(blob);
    expect(toBlob(blob, 'image/png').type).toBe('image/png');
  });
});

describe('shared tables and schemas', () => {
  it('knows the boolean success field of the confirmation methods', () => {
    expect(confirmationFields.logout).toBe('isLogout');
    expect(confirmationFields.setSettings).toBe('saveSettings');
    expect(confirmationFields.deleteInstanceAccount).toBeUndefined();
  });

  it('reads createGroup answers and validates instance credentials', () => {
    expect(
      v.parse(createdGroupSchema, { created: true, chatId: '1@g.us', groupInviteLink: null, extra: 1 }),
    ).toEqual({
      created: true,
      chatId: '1@g.us',
      groupInviteLink: null,
      extra: 1,
    });
    const schema = v.strictObject(instanceCredentialEntries);
    expect(v.parse(schema, { idInstance: 1101000001, apiTokenInstance: 't' })).toEqual({
      idInstance: '1101000001',
      apiTokenInstance: 't',
    });
    expect(v.parse(schema, { idInstance: ' 42 ', apiTokenInstance: 't' }).idInstance).toBe('42');
    for (const bad of [
      { idInstance: 'abc', apiTokenInstance: 't' },
      { idInstance: 1.5, apiTokenInstance: 't' },
      { idInstance: '1', apiTokenInstance: '' },
    ]) {
      expect(v.safeParse(schema, bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
