import { isMessengerError } from '@switchboard/core';
import { whatsgateFixtures as fixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { expectCommand, testAccount, useNock, whatsappId } from './nock-setup.js';

useNock();

const account = testAccount();
const client = account.raw.forSession(whatsappId);
const { WhatsappID: _omitted, ...sendTextBody } = fixtures.sendTextByNumberAsync;
const { WhatsappID: _omittedToo, ...sendDocumentBody } = fixtures.sendDocumentReplyToGroupSync;

describe('WhatsgateClient: one POST /api/v1/<command> per method, X-Api-Key, WhatsappID of the session', () => {
  it('send (async text by number) posts the reference body and reads "OK"', async () => {
    expectCommand('send', fixtures.sendTextByNumberAsync, fixtures.asyncSendResponse);
    await expect(client.send(sendTextBody)).resolves.toEqual({ result: 'OK' });
  });

  it('send (sync document reply to a group) returns the message object', async () => {
    expectCommand('send', fixtures.sendDocumentReplyToGroupSync, fixtures.syncSendResponse);
    const response = await client.send(sendDocumentBody);
    expect(typeof response.result === 'object' && response.result.id).toBe(
      'true_79999999999@c.us_3DB0F5D953FBA2806CB5',
    );
  });

  it('seen', async () => {
    expectCommand('seen', fixtures.seenRequest, fixtures.okResponse);
    await expect(client.seen({ recipient: { id: '79999999999@c.us' } })).resolves.toEqual({ result: 'OK' });
  });

  it('typing', async () => {
    expectCommand('typing', fixtures.typingRequest, fixtures.okResponse);
    await expect(client.typing({ recipient: { id: '79999999999@c.us' } })).resolves.toEqual({ result: 'OK' });
  });

  it('get-chats', async () => {
    expectCommand('get-chats', fixtures.getChatsRequest, fixtures.getChatsResponse);
    const { data } = await client.getChats();
    expect(data.map((chat) => chat.id)).toEqual(['79999999999@c.us', '4239048293082@g.us']);
    expect(data[1]?.groupMetadata?.participants[0]).toEqual({
      id: '79999999999@c.us',
      isAdmin: true,
      isSuperAdmin: false,
    });
  });

  it('check', async () => {
    expectCommand('check', fixtures.checkRequest, fixtures.checkResponse);
    await expect(client.check({ number: '79999999999' })).resolves.toMatchObject({ data: true });
  });

  it('get-media by media key', async () => {
    expectCommand('get-media', fixtures.getMediaRequest, fixtures.getMediaResponse);
    const { media } = await client.getMedia({ mediaKey: fixtures.getMediaRequest.mediaKey });
    expect(media).toMatchObject({ mimetype: 'image/jpeg', filename: 'image.jpg' });
  });

  it('get-messagemedia by long message id (MessageID casing)', async () => {
    expectCommand('get-messagemedia', fixtures.getMessageMediaRequest, fixtures.getMediaResponse);
    await client.getMessageMedia({ MessageID: fixtures.getMessageMediaRequest.MessageID });
  });

  it('events-get with filters and paging', async () => {
    const { WhatsappID: _id, ...filters } = fixtures.eventsGetRequest;
    expectCommand('events-get', fixtures.eventsGetRequest, fixtures.eventsGetResponse);
    const page = await account.raw.forSession('191b80a9238').getEvents(filters);
    expect(page).toMatchObject({ pages: 1, elements: 2, page: 1 });
    expect(page.data.map((event) => event.id)).toEqual([18, 19]);
  });

  it('events-get on the unbound account client reads every session', async () => {
    expectCommand(
      'events-get',
      { page_cnt: 100 },
      { result: 'OK', pages: 0, elements: 0, page: 1, data: [] },
    );
    await expect(account.raw.getEvents({ page_cnt: 100 })).resolves.toMatchObject({ data: [] });
  });

  it('session-create with a callback (QR)', async () => {
    expectCommand('session-create', fixtures.sessionCreateRequest, fixtures.sessionCreateResponse);
    const { data } = await account.raw.createSession(fixtures.sessionCreateRequest);
    expect(data?.qr_link).toBe('https://whatsgate.ru/qr/6345454545454');
  });

  it('session-create by pairing code', async () => {
    expectCommand('session-create', fixtures.sessionCreateByCodeRequest, fixtures.sessionCreateResponse);
    await account.raw.createSession(fixtures.sessionCreateByCodeRequest);
  });

  it('sessions-get with every filter', async () => {
    expectCommand('sessions-get', fixtures.sessionsGetRequest, fixtures.sessionsGetResponse);
    const { data } = await account.raw.getSessions(fixtures.sessionsGetRequest);
    expect(data.map((session) => session.status)).toEqual(['PENDING', 'READY']);
  });

  it('sessions-get on a bound client does not filter by its session', async () => {
    expectCommand('sessions-get', {}, fixtures.sessionsGetResponse);
    await client.getSessions();
  });

  it('set-name', async () => {
    expectCommand('set-name', fixtures.setNameRequest, fixtures.okResponse);
    await expect(client.setName({ name: 'New name' })).resolves.toEqual({ result: 'OK' });
  });

  it('set-hook', async () => {
    expectCommand('set-hook', fixtures.setHookRequest, fixtures.okResponse);
    await client.setHook({ callback: 'https://callback.my/script.handler' });
  });

  it('session-delete', async () => {
    expectCommand('session-delete', fixtures.sessionDeleteRequest, fixtures.sessionDeleteResponse);
    const { data } = await client.deleteSession();
    expect(data?.status).toBe('DESTROYING');
  });

  it('a WhatsappID in the body wins over the bound session', async () => {
    expectCommand('seen', { WhatsappID: 'other', recipient: { id: '1@c.us' } }, fixtures.okResponse);
    await client.seen({ WhatsappID: 'other', recipient: { id: '1@c.us' } });
  });

  it('a WhatsappID left undefined in the body (an unset variable) keeps the bound session', async () => {
    const unset = { WhatsappID: undefined };
    expectCommand(
      'events-get',
      { WhatsappID: whatsappId, action: 'message' },
      { result: 'OK', pages: 0, elements: 0, page: 1, data: [] },
    );
    await client.getEvents({ ...unset, action: 'message' });
    expectCommand('get-chats', { WhatsappID: whatsappId }, { result: 'OK', data: [] });
    await client.getChats(unset);
    expectCommand('check', { WhatsappID: whatsappId, number: '79999999999' }, fixtures.checkResponse);
    await client.check({ ...unset, number: '79999999999' });
  });

  it('an unbound client refuses session commands without a WhatsappID, before any request', async () => {
    const error = await account.raw.getChats().catch((caught: unknown) => caught);
    expect(isMessengerError(error, 'invalid-request')).toBe(true);
    expect((error as Error).message).toContain('WhatsappID');
  });

  it('a dedicated host with /api/v1 already in the base URL is used as is', async () => {
    expectCommand('check', fixtures.checkRequest, fixtures.checkResponse);
    const dedicated = testAccount({ baseUrl: 'https://whatsgate.test/api/v1/' }).raw.forSession(whatsappId);
    await dedicated.check({ number: '79999999999' });
  });
});
