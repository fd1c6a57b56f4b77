import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { useStartedResource, useSuiteValue } from '../../support/suite-value.js';
import { fastOptions, instanceApi, send } from './sdkwa-test-client.js';

describe('SDKWA emulator sending', () => {
  const chatId = '79001234567@c.us';
  const emulator = useStartedResource(() =>
    startSdkwaEmulator({
      ...fastOptions,
      instances: [{ phone: '79990000000' }, { state: 'notAuthorized' }],
    }),
  );
  const api = useSuiteValue(() => instanceApi(emulator));

  beforeEach(async () => {
    await api.drain();
  });

  it('queues a text, answers its id, then echoes it and reports sent and delivered', async () => {
    const answer = await api.post('sendMessage', { chatId, message: 'Hello' });
    expect(answer.status).toBe(200);
    const { idMessage } = answer.json as { idMessage: string };
    expect(idMessage).toMatch(/^3EB0[0-9A-F]{16}$/);
    const echo = await api.next('outgoingAPIMessageReceived');
    expect(echo).toMatchObject({
      idMessage,
      senderData: { chatId, sender: '79990000000@c.us' },
      messageData: { typeMessage: 'textMessage', textMessageData: { textMessage: 'Hello' } },
    });
    expect(await api.next('outgoingMessageStatus')).toMatchObject({
      idMessage,
      chatId,
      status: 'sent',
      sendByApi: true,
    });
    expect(await api.next('outgoingMessageStatus')).toMatchObject({ idMessage, status: 'delivered' });
    const history = (await api.post('getChatHistory', { chatId })).json as Array<Record<string, unknown>>;
    expect(history[0]).toMatchObject({
      type: 'outgoing',
      idMessage,
      typeMessage: 'textMessage',
      chatId,
      statusMessage: 'delivered',
      textMessage: 'Hello',
    });
    const last = (await api.get('lastOutgoingMessages?minutes=5')).json as Array<{ idMessage: string }>;
    expect(last.map((entry) => entry.idMessage)).toContain(idMessage);
    expect(emulator.control.sentMessages(api.instance.idInstance).at(-1)).toMatchObject({
      method: 'sendMessage',
      idMessage,
      chatId,
      body: { chatId, message: 'Hello' },
    });
  });

  it('holds messages while not authorized: showMessagesQueue and clearMessagesQueue', async () => {
    const offline = instanceApi(emulator, emulator.instances[1]!);
    await offline.post('sendMessage', { chatId, message: 'one' });
    await offline.post('sendFileByUrl', {
      chatId,
      urlFile: 'https://files.example/a.pdf',
      fileName: 'a.pdf',
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await offline.get('showMessagesQueue')).json).toEqual([
      { typeMessage: 'textMessage', chatId, message: 'one' },
      { typeMessage: 'documentMessage', chatId, fileName: 'a.pdf' },
    ]);
    expect((await offline.get('clearMessagesQueue')).json).toEqual({ isCleared: true });
    expect((await offline.get('showMessagesQueue')).json).toEqual([]);
    await offline.post('sendMessage', { chatId, message: 'after login' });
    emulator.control.authorize(offline.instance.idInstance);
    const echo = await offline.next('outgoingAPIMessageReceived');
    expect(echo).toMatchObject({ messageData: { textMessageData: { textMessage: 'after login' } } });
  });

  it('picks the media kind from the file extension and keeps captions only for images and videos', async () => {
    await api.post('sendFileByUrl', {
      chatId,
      urlFile: 'https://files.example/photo.jpg',
      fileName: 'photo.jpg',
      caption: 'nice',
    });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: {
        typeMessage: 'imageMessage',
        fileMessageData: {
          downloadUrl: 'https://files.example/photo.jpg',
          fileName: 'photo.jpg',
          caption: 'nice',
          mimeType: 'image/jpeg',
        },
      },
    });
    await api.post('sendFileByUrl', {
      chatId,
      urlFile: 'https://files.example/a.mp3',
      fileName: 'a.mp3',
      caption: 'x',
    });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: { typeMessage: 'audioMessage', fileMessageData: { caption: '' } },
    });
    expect((await api.post('sendFileByUrl', { chatId, urlFile: 'ftp://x', fileName: 'a.pdf' })).status).toBe(
      400,
    );
    expect(
      (await api.post('sendFileByUrl', { chatId, urlFile: 'https://x.test/a', fileName: 'noext' })).status,
    ).toBe(400);
  });

  it('accepts multipart uploads, naming the file from fileName or the part filename, and serves the bytes', async () => {
    const bytes = new Uint8Array([1, 2, 3, 4, 5]);
    const form = new FormData();
    form.set('chatId', chatId);
    form.set('caption', 'doc');
    form.set('file', new Blob([bytes], { type: 'application/pdf' }), 'report.pdf');
    const answer = await send(`${api.base}/sendFileByUpload`, 'POST', form, api.auth);
    expect(answer.status).toBe(200);
    const sent = emulator.control.sentMessages(api.instance.idInstance).at(-1);
    expect(sent?.file).toMatchObject({ fileName: 'report.pdf', mimeType: 'application/pdf', size: 5 });
    const download = await fetch(sent?.file?.url ?? '');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
    const echo = await api.next('outgoingAPIMessageReceived');
    expect(echo).toMatchObject({
      messageData: { typeMessage: 'documentMessage', fileMessageData: { fileName: 'report.pdf' } },
    });

    const named = new FormData();
    named.set('chatId', chatId);
    named.set('fileName', 'clip.mp4');
    named.set('file', new Blob([bytes]), 'file');
    await send(`${api.base}/sendFileByUpload`, 'POST', named, api.auth);
    expect(emulator.control.sentMessages(api.instance.idInstance).at(-1)?.file).toMatchObject({
      fileName: 'clip.mp4',
      mimeType: 'video/mp4',
    });
    const missing = new FormData();
    missing.set('chatId', chatId);
    expect((await send(`${api.base}/sendFileByUpload`, 'POST', missing, api.auth)).status).toBe(400);
  });

  it('uploads files as raw bytes (OpenAPI) or as multipart (JS/Go SDKs)', async () => {
    const raw = await send(`${api.base}/uploadFile`, 'POST', new Uint8Array([9, 8, 7]), {
      ...api.auth,
      'content-type': 'image/jpeg',
    });
    const { urlFile } = raw.json as { urlFile: string };
    expect(urlFile).toMatch(new RegExp(`^${emulator.url}/media/[0-9a-f]{32}/[0-9a-f]{32}\\.jpg$`));
    expect(new Uint8Array(await (await fetch(urlFile)).arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array([1])], { type: 'image/png' }), 'pic.png');
    const multipart = (await send(`${api.base}/uploadFile`, 'POST', form, api.auth)).json as {
      urlFile: string;
    };
    expect(multipart.urlFile.endsWith('/pic.png')).toBe(true);
    expect((await send(`${api.base}/uploadFile`, 'POST', new Uint8Array(), api.auth)).status).toBe(400);
  });

  it('sends locations and contacts with a vCard, and validates them', async () => {
    await api.post('sendLocation', {
      chatId,
      latitude: 55.74093,
      longitude: 37.620508,
      nameLocation: "I'm here",
    });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: {
        typeMessage: 'locationMessage',
        locationMessageData: { latitude: 55.74093, longitude: 37.620508, nameLocation: "I'm here" },
      },
    });
    expect((await api.post('sendLocation', { chatId, latitude: 95, longitude: 0 })).status).toBe(400);
    await api.post('sendContact', {
      chatId,
      contact: { phoneContact: 79001234599, firstName: 'David', lastName: 'Train', company: 'Rail' },
    });
    const contact = await api.next('outgoingAPIMessageReceived');
    const data = (contact.messageData as { contactMessageData: { displayName: string; vcard: string } })
      .contactMessageData;
    expect(data.displayName).toBe('David Train');
    expect(data.vcard).toContain('waid=79001234599');
    expect((await api.post('sendContact', { chatId, contact: { phoneContact: 7900 } })).status).toBe(400);
  });

  it('sends replies, buttons, lists and templates', async () => {
    const original = (await api.post('sendMessage', { chatId, message: 'original' })).json as {
      idMessage: string;
    };
    await api.next('outgoingAPIMessageReceived');
    await api.post('sendMessage', { chatId, message: 'reply', quotedMessageId: original.idMessage });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: {
        typeMessage: 'quotedMessage',
        extendedTextMessageData: { text: 'reply', stanzaId: original.idMessage },
        quotedMessage: { stanzaId: original.idMessage, textMessage: 'original' },
      },
    });
    await api.post('SendButtons', {
      chatId,
      message: 'Pick',
      buttons: [{ buttonId: '1', buttonText: 'One' }],
    });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: { typeMessage: 'buttonsMessage' },
    });
    await api.post('SendListMessage', {
      chatId,
      message: 'Menu',
      buttonText: 'Open',
      sections: [{ title: 'S', rows: [{ title: 'A', rowId: 'a' }] }],
    });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: { typeMessage: 'listMessage' },
    });
    await api.post('SendTemplateButtons', {
      chatId,
      message: 'T',
      templateButtons: [{ index: 1, quickReplyButton: { displayText: 'ok', id: 'ok' } }],
    });
    expect(await api.next('outgoingAPIMessageReceived')).toMatchObject({
      messageData: { typeMessage: 'templateMessage' },
    });
    expect((await api.post('SendButtons', { chatId, message: 'x', buttons: [] })).status).toBe(400);
  });

  it('accepts phoneNumber instead of chatId and rejects messages over 4096 characters', async () => {
    const answer = await api.post('sendMessage', { phoneNumber: 79001234567, message: 'legacy' });
    expect(answer.status).toBe(200);
    expect(emulator.control.sentMessages(api.instance.idInstance).at(-1)?.chatId).toBe('79001234567@c.us');
    expect((await api.post('sendMessage', { chatId, message: 'x'.repeat(4097) })).status).toBe(400);
    expect((await api.post('sendMessage', { chatId })).status).toBe(400);
  });

  it('reports noAccount for numbers without WhatsApp and notInGroup after leaving a group', async () => {
    emulator.control.setWhatsappExists('79005550000', false);
    await api.post('sendMessage', { chatId: '79005550000@c.us', message: 'hi' });
    expect(await api.next('outgoingMessageStatus')).toMatchObject({
      chatId: '79005550000@c.us',
      status: 'noAccount',
    });
    const group = (await api.post('createGroup', { groupName: 'G', chatIds: [chatId] })).json as {
      chatId: string;
    };
    await api.post('leaveGroup', { groupId: group.chatId });
    await api.post('sendMessage', { chatId: group.chatId, message: 'bye' });
    expect(await api.next('outgoingMessageStatus')).toMatchObject({
      chatId: group.chatId,
      status: 'notInGroup',
    });
  });

  it('lets the control API move a message to read', async () => {
    const { idMessage } = (await api.post('sendMessage', { chatId, message: 'read me' })).json as {
      idMessage: string;
    };
    await api.next('outgoingMessageStatus');
    await api.next('outgoingMessageStatus');
    expect(emulator.control.setMessageStatus(api.instance.idInstance, idMessage, 'read')).toBe(true);
    expect(await api.next('outgoingMessageStatus')).toMatchObject({ idMessage, status: 'read' });
    expect(emulator.control.setMessageStatus(api.instance.idInstance, 'UNKNOWN', 'read')).toBe(false);
  });
});

describe('SDKWA emulator send pacing', () => {
  it('sends one message per delaySendMessagesMilliseconds and honours the outgoing switches', async () => {
    const emulator = await startSdkwaEmulator({
      ...fastOptions,
      sendDelayMilliseconds: 2_000,
      autoDeliver: false,
    });
    try {
      const api = instanceApi(emulator);
      await api.post('setSettings', { outgoingAPIMessageWebhook: 'no', stateWebhook: 'no' });
      await new Promise((resolve) => setTimeout(resolve, 40));
      // The pacing timer is fake: a message leaves only when the test moves the clock, so the queue's length at
      // each step proves the pace however slow the calls are.
      const queueLength = async () => ((await api.get('showMessagesQueue')).json as unknown[]).length;
      const lengths: number[] = [];
      vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      try {
        for (const message of ['a', 'b', 'c'])
          await api.post('sendMessage', { chatId: '79001234567@c.us', message });
        lengths.push(await queueLength());
        for (let step = 0; step < 3; step += 1) {
          await vi.advanceTimersByTimeAsync(1_999);
          lengths.push(await queueLength());
          await vi.advanceTimersByTimeAsync(1);
          lengths.push(await queueLength());
        }
      } finally {
        vi.useRealTimers();
      }
      // `a` leaves at once; `b` exactly 2,000 ms later, `c` 2,000 ms after `b`: never sooner.
      expect(lengths).toEqual([2, 2, 1, 1, 0, 0, 0]);
      const statuses: unknown[] = [];
      for (let index = 0; index < 3; index += 1)
        statuses.push(
          (await vi.waitFor(() => api.next('outgoingMessageStatus'), { timeout: 20_000, interval: 50 }))
            .status,
        );
      expect(statuses).toEqual(['sent', 'sent', 'sent']);
      expect(emulator.control.queuedNotifications(api.instance.idInstance)).toEqual([]);
    } finally {
      await emulator.close();
    }
  }, 30_000);
});
