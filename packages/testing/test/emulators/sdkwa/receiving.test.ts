import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SdkwaInjectedMessageInput, startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource, useSuiteValue } from '../../support/suite-value.js';
import { fastOptions, instanceApi, send } from './sdkwa-test-client.js';

describe('SDKWA emulator receiving', () => {
  const emulator = useStartedResource(() =>
    startSdkwaEmulator({ ...fastOptions, instances: [{ phone: '79990000000' }] }),
  );
  const api = useSuiteValue(() => instanceApi(emulator));
  let id: number;

  beforeAll(() => {
    id = api.instance.idInstance;
  });
  beforeEach(async () => {
    await api.drain();
  });

  it('answers 200 null after the long-poll when nothing arrives', async () => {
    const answer = await api.get('receiveNotification');
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('null');
  });

  it('releases a waiting long-poll as soon as a message is injected', async () => {
    const slow = await startSdkwaEmulator({ ...fastOptions, timings: { receiveTimeoutMilliseconds: 5_000 } });
    try {
      const client = instanceApi(slow);
      const pending = client.get('receiveNotification');
      await new Promise((resolve) => setTimeout(resolve, 30));
      slow.control.injectIncomingMessage(client.instance.idInstance, { type: 'text', text: 'wake up' });
      const answer = (await pending).json as { receiptId: number; body: Record<string, unknown> };
      expect(answer.body.messageData).toEqual({
        typeMessage: 'textMessage',
        textMessageData: { textMessage: 'wake up' },
      });
    } finally {
      await slow.close();
    }
  });

  it('redelivers the head until it is deleted; deleteNotification answers result true/false', async () => {
    emulator.control.injectIncomingMessage(id, { type: 'text', text: 'first' });
    emulator.control.injectIncomingMessage(id, { type: 'text', text: 'second' });
    const head = (await api.get('receiveNotification')).json as { receiptId: number };
    expect(((await api.get('receiveNotification')).json as { receiptId: number }).receiptId).toBe(
      head.receiptId,
    );
    expect((await api.delete(`deleteNotification/${head.receiptId}`)).json).toEqual({ result: true });
    expect((await api.delete(`deleteNotification/${head.receiptId}`)).json).toEqual({ result: false });
    const next = (await api.get('receiveNotification')).json as {
      receiptId: number;
      body: { messageData: unknown };
    };
    expect(next.receiptId).toBe(head.receiptId + 1);
    expect(next.body.messageData).toMatchObject({ textMessageData: { textMessage: 'second' } });
    expect((await api.delete('deleteNotification/abc')).status).toBe(400);
    expect((await api.get(`deleteNotification/${next.receiptId}`)).status).toBe(404);
  });

  it('accepts ?receiveTimeout= seconds (scaled by timeScale)', async () => {
    const scaled = await startSdkwaEmulator({ ...fastOptions, timeScale: 0.01 });
    try {
      const client = instanceApi(scaled);
      const answer = await client.get('receiveNotification?receiveTimeout=5');
      expect(answer.text).toBe('null');
      expect((await client.get('receiveNotification?receiveTimeout=x')).status).toBe(400);
    } finally {
      await scaled.close();
    }
  });

  it('builds the documented incoming envelope', async () => {
    const injected = emulator.control.injectIncomingMessage(id, {
      type: 'text',
      text: 'hello',
      from: '712345678911@c.us',
      senderName: 'example',
    });
    const entry = (await api.get('receiveNotification')).json as {
      receiptId: number;
      body: Record<string, unknown>;
    };
    expect(entry.receiptId).toBe(injected.outcome.receiptId);
    expect(Object.keys(entry.body)).toEqual([
      'typeWebhook',
      'instanceData',
      'timestamp',
      'idMessage',
      'senderData',
      'messageData',
    ]);
    expect(entry.body).toMatchObject({
      typeWebhook: 'incomingMessageReceived',
      instanceData: { idInstance: id, wid: '79990000000@c.us', typeInstance: 'whatsapp' },
      idMessage: injected.idMessage,
      senderData: {
        chatId: '712345678911@c.us',
        chatName: 'example',
        sender: '712345678911@c.us',
        senderName: 'example',
      },
    });
    expect(injected.idMessage).toMatch(/^[0-9A-F]{32}$/);
  });

  const contentCases: Array<[SdkwaInjectedMessageInput, string, string]> = [
    [{ type: 'text', text: 't' }, 'textMessage', 'textMessageData'],
    [
      { type: 'extendedText', text: 'https://x.test', title: 'X' },
      'extendedTextMessage',
      'extendedTextMessageData',
    ],
    [{ type: 'image', caption: 'c' }, 'imageMessage', 'fileMessageData'],
    [{ type: 'video' }, 'videoMessage', 'fileMessageData'],
    [{ type: 'audio' }, 'audioMessage', 'fileMessageData'],
    [{ type: 'document', fileName: 'a.zip' }, 'documentMessage', 'fileMessageData'],
    [{ type: 'file' }, 'fileMessage', 'fileMessageData'],
    [{ type: 'sticker' }, 'stickerMessage', 'fileMessageData'],
    [{ type: 'location', latitude: 1, longitude: 2 }, 'locationMessage', 'locationMessageData'],
    [{ type: 'contact', displayName: 'Ivan', phone: '79001234567' }, 'contactMessage', 'contactMessageData'],
    [
      { type: 'contacts', contacts: [{ displayName: 'A' }, { displayName: 'B' }] },
      'contactsArrayMessage',
      'messageData',
    ],
    [{ type: 'reply', text: 'r', quotedMessageId: 'Q1', quotedText: 'q' }, 'quotedMessage', 'quotedMessage'],
    [{ type: 'reaction', emoji: '👍', messageId: 'Q1' }, 'reactionMessage', 'extendedTextMessageData'],
    [{ type: 'poll', name: 'P?', options: ['a', 'b'] }, 'pollMessage', 'pollMessageData'],
    [
      { type: 'pollVote', pollMessageId: 'P1', name: 'P?', votes: [{ optionName: 'a', voters: ['1@c.us'] }] },
      'pollUpdateMessage',
      'pollMessageData',
    ],
    [
      { type: 'buttons', text: 'b', buttons: [{ buttonId: '1', buttonText: 'One' }] },
      'buttonsMessage',
      'buttonsMessage',
    ],
    [{ type: 'template', text: 't', templateButtons: [] }, 'templateMessage', 'templateMessage'],
    [{ type: 'list', text: 'l', buttonText: 'Open', sections: [] }, 'listMessage', 'listMessage'],
    [
      { type: 'buttonsResponse', selectedButtonId: '1', selectedButtonText: 'One' },
      'buttonsResponseMessage',
      'buttonsResponseMessage',
    ],
    [
      { type: 'templateButtonsReply', selectedId: 'ok', selectedDisplayText: 'OK' },
      'templateButtonsReplyMessage',
      'templateButtonReplyMessage',
    ],
    [{ type: 'listResponse', title: 'A', rowId: 'a' }, 'listResponseMessage', 'listResponseMessage'],
    [{ type: 'edited', messageId: 'M1', text: 'new' }, 'editedMessage', 'editedMessageData'],
    [{ type: 'deleted', messageId: 'M1' }, 'deletedMessage', 'deletedMessageData'],
    [
      { type: 'raw', messageData: { typeMessage: 'customMessage', custom: { a: 1 } } },
      'customMessage',
      'custom',
    ],
  ];

  it.each(contentCases)('injects %j as %s with its data key', async (input, typeMessage, dataKey) => {
    emulator.control.injectIncomingMessage(id, input);
    const body = await api.next('incomingMessageReceived');
    const messageData = body.messageData as Record<string, unknown>;
    expect(messageData.typeMessage).toBe(typeMessage);
    expect(messageData[dataKey]).toBeDefined();
  });

  it('serves incoming media itself: downloadUrl, downloadFile (POST and GET) and the legacy tokenless form', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const injected = emulator.control.injectIncomingMessage(id, {
      type: 'image',
      fileName: 'image.jpg',
      caption: 'What do you think?',
      bytes,
    });
    const body = await api.next('incomingMessageReceived');
    const file = (body.messageData as { fileMessageData: Record<string, string> }).fileMessageData;
    expect(file).toMatchObject({
      caption: 'What do you think?',
      fileName: 'image.jpg',
      mimeType: 'image/jpeg',
    });
    expect(file.downloadUrl).toBe(injected.downloadUrl);
    const direct = await fetch(file.downloadUrl ?? '');
    expect(direct.headers.get('content-type')).toBe('image/jpeg');
    expect(new Uint8Array(await direct.arrayBuffer())).toEqual(bytes);
    const post = await fetch(`${api.base}/downloadFile/${injected.idMessage}`, {
      method: 'POST',
      headers: { ...api.auth, 'content-type': 'application/json' },
      body: JSON.stringify({ chatId: '79001234567@c.us' }),
    });
    expect(new Uint8Array(await post.arrayBuffer())).toEqual(bytes);
    const get = await fetch(`${api.base}/downloadFile/${injected.idMessage}`, { headers: api.auth });
    expect(get.status).toBe(200);
    const legacy = await fetch(`${emulator.url}/waInstance${id}/downloadFile/${injected.idMessage}`);
    expect(new Uint8Array(await legacy.arrayBuffer())).toEqual(bytes);
    expect((await api.get('downloadFile/UNKNOWN')).status).toBe(404);
  });

  it('writes incoming messages to the journal and marks them read with readChat', async () => {
    const chatId = '79007770000@c.us';
    const injected = emulator.control.injectIncomingMessage(id, {
      type: 'text',
      text: 'journal',
      from: chatId,
      senderName: 'Olga',
    });
    const incoming = (await api.get('lastIncomingMessages')).json as Array<Record<string, unknown>>;
    expect(incoming[0]).toMatchObject({
      type: 'incoming',
      idMessage: injected.idMessage,
      chatId,
      senderId: chatId,
      senderName: 'Olga',
      typeMessage: 'textMessage',
      textMessage: 'journal',
    });
    expect((await api.post('readChat', { chatId })).json).toEqual({ setRead: true });
    expect((await api.post('readChat', { chatId: '79000000099@c.us' })).json).toEqual({ setRead: false });
    const history = (await api.post('getChatHistory', { chatId, count: 1 })).json as unknown[];
    expect(history).toHaveLength(1);
  });

  it('injects phone-sent messages, statuses, state changes, device info, calls and raw notifications', async () => {
    await api.post('setSettings', { deviceWebhook: 'yes', statusInstanceWebhook: 'yes' });
    await api.next('stateInstanceChanged');
    await api.next('stateInstanceChanged');
    emulator.control.injectPhoneMessage(id, { type: 'text', text: 'from phone', from: '79001234567@c.us' });
    expect(await api.next('outgoingMessageReceived')).toMatchObject({
      senderData: { chatId: '79001234567@c.us', sender: '79990000000@c.us' },
    });
    emulator.control.setStatusInstance(id, 'offline');
    expect(await api.next('statusInstanceChanged')).toMatchObject({ statusInstance: 'offline' });
    emulator.control.injectDeviceInfo(id);
    expect(await api.next('deviceInfo')).toMatchObject({ deviceData: { platform: 'android', battery: 80 } });
    emulator.control.injectIncomingCall(id, { from: '79001234567@c.us' });
    expect(await api.next('incomingCall')).toMatchObject({ from: '79001234567@c.us', status: 'offer' });
    emulator.control.setState(id, 'yellowCard');
    expect(await api.next('stateInstanceChanged')).toMatchObject({ stateInstance: 'yellowCard' });
    emulator.control.setState(id, 'authorized');
    emulator.control.injectNotification(id, 'customWebhook', { value: 1 });
    expect(await api.next('customWebhook')).toMatchObject({ value: 1, instanceData: { idInstance: id } });
  });

  it('suppresses notifications whose settings switch is "no"', async () => {
    await api.post('setSettings', { incomingWebhook: 'no' });
    const injected = emulator.control.injectIncomingMessage(id, { type: 'text', text: 'muted' });
    expect(injected.outcome.route).toBe('suppressed');
    await api.post('setSettings', { incomingWebhook: 'yes' });
  });

  // A soak of 10,000 HTTP calls: its budget allows 50 ms per call, ten times a loaded machine's need; it prints progress.
  it('drains 5,000 queued notifications in order', { timeout: 500_000 }, async () => {
    const bulk = await startSdkwaEmulator({ ...fastOptions });
    try {
      const client = instanceApi(bulk);
      const bulkId = client.instance.idInstance;
      for (let index = 0; index < 5_000; index += 1) {
        bulk.control.injectIncomingMessage(bulkId, { type: 'text', text: String(index) });
      }
      expect(bulk.control.instance(bulkId).queuedNotifications).toBe(5_000);
      let expected = 0;
      for (;;) {
        const entry = (await client.get('receiveNotification')).json as {
          receiptId: number;
          body: { messageData: { textMessageData: { textMessage: string } } };
        } | null;
        if (entry === null) break;
        expect(entry.body.messageData.textMessageData.textMessage).toBe(String(expected));
        await client.delete(`deleteNotification/${entry.receiptId}`);
        expected += 1;
        if (expected % 1000 === 0) console.log(`SDKWA emulator drain: ${expected} of 5000`);
      }
      expect(expected).toBe(5_000);
      expect(bulk.control.instance(bulkId).queuedNotifications).toBe(0);
    } finally {
      await bulk.close();
    }
  });

  it('delivers nothing over receiveNotification when a receiver URL is set (webhook mode)', async () => {
    const other = await startSdkwaEmulator({
      ...fastOptions,
      instances: [{ settings: { webhookUrl: 'http://127.0.0.1:9/none' } }],
      webhookAttempts: 1,
    });
    try {
      const client = instanceApi(other);
      const injected = other.control.injectIncomingMessage(client.instance.idInstance, {
        type: 'text',
        text: 'x',
      });
      expect(injected.outcome.route).toBe('webhook');
      expect((await client.get('receiveNotification')).text).toBe('null');
      await other.control.webhooksIdle();
      expect(other.control.webhookDeliveries()[0]).toMatchObject({ accepted: false, status: undefined });
    } finally {
      await other.close();
    }
  });

  it('rejects a wrong token on receiveNotification', async () => {
    expect((await send(`${api.base}/receiveNotification`, 'GET')).status).toBe(401);
  });
});
