// Type-checked (never run) in a scratch app that installed the packed tarballs: what a user writes first.
import { createMessenger, isMessengerError, type Messenger } from '@switchboard/core';
import { startGreenApiEmulator } from '@switchboard/testing/green-api';

export async function sendOnce(): Promise<string> {
  const emulator = await startGreenApiEmulator();
  const instance = emulator.instances[0];
  if (instance === undefined) throw new Error('no instance');
  const messenger: Messenger = await createMessenger({
    provider: 'green-api',
    options: {
      network: 'whatsapp',
      idInstance: String(instance.idInstance),
      apiTokenInstance: instance.apiTokenInstance,
      apiUrl: instance.apiUrl,
    },
  });
  try {
    const sent = await messenger.sendText('79001234567@c.us', 'hello');
    return sent.messageId;
  } catch (error) {
    if (isMessengerError(error, 'auth')) return 'not authorized';
    throw error;
  } finally {
    await emulator.close();
  }
}
