import { beforeAll, describe, expect, it } from 'vitest';
import { startSdkwaEmulator } from '../../../src/emulators/sdkwa/index.js';
import { sdkwaFixtures } from '../../../src/fixtures/sdkwa-fixtures.js';
import { useStartedResource, useSuiteValue } from '../../support/suite-value.js';
import { fastOptions, instanceApi } from './sdkwa-test-client.js';

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shape(value[0])];
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

describe('SDKWA fixtures against the emulator', () => {
  const emulator = useStartedResource(() => startSdkwaEmulator({ ...fastOptions, autoDeliver: false }));
  const api = useSuiteValue(() => instanceApi(emulator));

  beforeAll(async () => {
    await api.post('setSettings', { deviceWebhook: 'yes', statusInstanceWebhook: 'yes' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    await api.drain();
  });

  it('produces incoming text notifications of the fixture shape', async () => {
    emulator.control.injectIncomingMessage(api.instance.idInstance, { type: 'text', text: 'hello' });
    const entry = (await api.get('receiveNotification')).json;
    expect(shape(entry)).toEqual(shape(sdkwaFixtures.incomingTextNotification));
    await api.drain();
  });

  it('produces image, status, state, device and socket-status bodies of the fixture shapes', async () => {
    const id = api.instance.idInstance;
    emulator.control.injectIncomingMessage(id, { type: 'image', fileName: 'image.jpg', caption: 'c' });
    const image = await api.next('incomingMessageReceived');
    const fileData = (image.messageData as { fileMessageData: Record<string, unknown> }).fileMessageData;
    expect(Object.keys(fileData)).toEqual(
      expect.arrayContaining(Object.keys(sdkwaFixtures.incomingImageWebhook.messageData.fileMessageData)),
    );
    const { idMessage } = (await api.post('sendMessage', { chatId: '79001234567@c.us', message: 'x' }))
      .json as {
      idMessage: string;
    };
    expect(shape(await api.next('outgoingMessageStatus'))).toEqual(
      shape(sdkwaFixtures.outgoingMessageStatusWebhook),
    );
    emulator.control.setMessageStatus(id, idMessage, 'delivered');
    await api.next('outgoingMessageStatus');
    emulator.control.setState(id, 'authorized');
    emulator.control.setState(id, 'starting');
    expect(shape(await api.next('stateInstanceChanged'))).toEqual(
      shape(sdkwaFixtures.stateInstanceChangedWebhook),
    );
    emulator.control.injectDeviceInfo(id);
    expect(shape(await api.next('deviceInfo'))).toEqual(shape(sdkwaFixtures.deviceInfoWebhook));
    emulator.control.setStatusInstance(id, 'online');
    expect(shape(await api.next('statusInstanceChanged'))).toEqual(
      shape(sdkwaFixtures.statusInstanceChangedWebhook),
    );
  });

  it('answers the documented response shapes', async () => {
    const settings = (await api.get('getSettings')).json as Record<string, unknown>;
    expect(Object.keys(settings)).toEqual(
      expect.arrayContaining(Object.keys(sdkwaFixtures.settingsResponse)),
    );
    expect(shape((await api.post('sendMessage', { chatId: '79001234567@c.us', message: 'y' })).json)).toEqual(
      shape(sdkwaFixtures.sendMessageResponse),
    );
    expect(shape((await api.get('getStateInstance')).json)).toEqual(
      shape(sdkwaFixtures.stateInstanceResponse),
    );
  });
});
