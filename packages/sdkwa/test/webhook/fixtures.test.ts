import { sdkwaFixtures } from '@switchboard/testing';
import { describe, expect, it } from 'vitest';
import { parseSdkwaNotification, parseSdkwaWebhook } from '../../src/webhook.js';
import { webhookToken } from '../support/nock-helpers.js';

const context = { idInstance: '1101000001', network: 'whatsapp' } as const;

function webhookRequest(body: unknown, token = webhookToken): Request {
  return new Request('https://hooks.example.test/sdkwa', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('reference fixtures through the parser', () => {
  it('receiveNotification incoming text → message-received with provider sdkwa', () => {
    const { body } = sdkwaFixtures.incomingTextNotification;
    const event = parseSdkwaNotification(body, context);
    expect(event).toMatchObject({
      type: 'message-received',
      provider: 'sdkwa',
      network: 'whatsapp',
      instanceId: '1101000000',
      timestamp: 1728645168000,
      chat: { id: '712345678911@c.us', type: 'private', name: 'example' },
      message: {
        id: '653A37E275146F8C06B2686D3DCDADD2',
        sender: { id: '712345678911@c.us', name: 'example' },
        content: { type: 'text', text: 'hello' },
      },
      raw: body,
    });
    expect(event.id).toContain('sdkwa');
    expect(event.id).toContain('653A37E275146F8C06B2686D3DCDADD2');
  });

  it('incoming image webhook → media content with the download URL and caption', async () => {
    const [event] = await parseSdkwaWebhook(webhookRequest(sdkwaFixtures.incomingImageWebhook), {
      ...context,
      webhookUrlToken: webhookToken,
    });
    expect(event).toMatchObject({
      type: 'message-received',
      provider: 'sdkwa',
      instanceId: '1101000001',
      message: {
        id: 'EA0BD1AE042DC4F3609867126309D67C',
        content: {
          type: 'media',
          mediaType: 'image',
          caption: 'What do you think?',
          file: {
            url: sdkwaFixtures.incomingImageWebhook.messageData.fileMessageData.downloadUrl,
            fileName: 'image.jpg',
            mimeType: 'image/jpeg',
          },
        },
      },
    });
  });

  it('incoming fileMessage webhook → document media with the download URL, file name and caption', async () => {
    const downloadUrl = 'https://api.sdkwa.pro/whatsapp/1101000001/downloadFile/4B9A2C1D';
    const body = {
      ...sdkwaFixtures.incomingImageWebhook,
      idMessage: '4B9A2C1D',
      messageData: {
        typeMessage: 'fileMessage',
        fileMessageData: {
          downloadUrl,
          fileName: 'invoice.pdf',
          caption: 'the invoice',
          mimeType: 'application/pdf',
        },
      },
    };
    const [event] = await parseSdkwaWebhook(webhookRequest(body), {
      ...context,
      webhookUrlToken: webhookToken,
    });
    expect(event).toMatchObject({
      type: 'message-received',
      provider: 'sdkwa',
      message: {
        id: '4B9A2C1D',
        content: {
          type: 'media',
          mediaType: 'document',
          caption: 'the invoice',
          file: { url: downloadUrl, fileName: 'invoice.pdf', mimeType: 'application/pdf' },
        },
      },
    });
  });

  it('outgoingMessageStatus → message-status-updated', () => {
    expect(parseSdkwaNotification(sdkwaFixtures.outgoingMessageStatusWebhook, context)).toMatchObject({
      type: 'message-status-updated',
      provider: 'sdkwa',
      messageId: '3EB0C767D097B7C7C030',
      status: 'delivered',
      chat: { id: '79001234567@c.us' },
      timestamp: 1728645300000,
    });
  });

  it('stateInstanceChanged → session-state-changed', () => {
    expect(parseSdkwaNotification(sdkwaFixtures.stateInstanceChangedWebhook, context)).toMatchObject({
      type: 'session-state-changed',
      provider: 'sdkwa',
      state: 'authorized',
      providerState: 'authorized',
    });
  });

  it('statusInstanceChanged → session-connection-changed (online/offline)', () => {
    const online = parseSdkwaNotification(sdkwaFixtures.statusInstanceChangedWebhook, context);
    expect(online).toMatchObject({
      type: 'session-connection-changed',
      provider: 'sdkwa',
      connection: 'online',
      instanceId: '1101000001',
      timestamp: 1728645600000,
      raw: sdkwaFixtures.statusInstanceChangedWebhook,
    });
    const offline = { ...sdkwaFixtures.statusInstanceChangedWebhook, statusInstance: 'offline' };
    expect(parseSdkwaNotification(offline, context)).toMatchObject({ connection: 'offline' });
  });

  it.each([['deviceInfo', sdkwaFixtures.deviceInfoWebhook]])(
    '%s → an event with raw kept (never dropped, never thrown)',
    (typeWebhook, body) => {
      const event = parseSdkwaNotification(body, context);
      expect(event.provider).toBe('sdkwa');
      expect(event.raw).toEqual(body);
      if (event.type === 'unknown') expect(event.providerType).toBe(typeWebhook);
    },
  );

  it('weird payloads become unknown events instead of throwing', () => {
    for (const body of [
      null,
      42,
      'text',
      [],
      {},
      { typeWebhook: 'incomingMessageReceived' },
      { typeWebhook: 'x' },
    ]) {
      const event = parseSdkwaNotification(body, context);
      expect(event.provider).toBe('sdkwa');
      expect(typeof event.id).toBe('string');
    }
    expect(parseSdkwaNotification({ typeWebhook: 'somethingNew' }, context)).toMatchObject({
      type: 'unknown',
      providerType: 'somethingNew',
    });
  });

  it('a redelivered notification gets the same id; different notifications different ids', async () => {
    const options = { ...context, webhookUrlToken: webhookToken };
    const [first] = await parseSdkwaWebhook(webhookRequest(sdkwaFixtures.incomingImageWebhook), options);
    const [again] = await parseSdkwaWebhook(webhookRequest(sdkwaFixtures.incomingImageWebhook), options);
    const fromQueue = parseSdkwaNotification(sdkwaFixtures.incomingImageWebhook, context);
    expect(again?.id).toBe(first?.id);
    expect(fromQueue.id).toBe(first?.id);
    const status = parseSdkwaNotification(sdkwaFixtures.outgoingMessageStatusWebhook, context);
    const read = parseSdkwaNotification(
      { ...sdkwaFixtures.outgoingMessageStatusWebhook, status: 'read' },
      context,
    );
    expect(new Set([first?.id, status.id, read.id]).size).toBe(3);
  });

  it('parses bodies given as text, bytes or arrays without verification', async () => {
    const text = JSON.stringify(sdkwaFixtures.stateInstanceChangedWebhook);
    expect((await parseSdkwaWebhook(text, context))[0]?.type).toBe('session-state-changed');
    expect((await parseSdkwaWebhook(new TextEncoder().encode(text), context))[0]?.type).toBe(
      'session-state-changed',
    );
    const events = await parseSdkwaWebhook(
      [sdkwaFixtures.stateInstanceChangedWebhook, sdkwaFixtures.outgoingMessageStatusWebhook],
      context,
    );
    expect(events.map((event) => event.type)).toEqual(['session-state-changed', 'message-status-updated']);
    await expect(parseSdkwaWebhook('not json', context)).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
