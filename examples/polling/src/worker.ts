// Runs the recipe: GREEN_API_ID_INSTANCE=… GREEN_API_API_TOKEN_INSTANCE=… npx tsx src/worker.ts
// (polling needs no public URL; the instance's webhook URL must be empty, GREEN-API delivers one way only).
import { createGreenApiMessenger } from '@switchboard/green-api';
import { startOrderInbox } from './start-order-inbox.js';

const messenger = createGreenApiMessenger({
  network: 'whatsapp',
  idInstance: process.env.GREEN_API_ID_INSTANCE ?? '',
  apiTokenInstance: process.env.GREEN_API_API_TOKEN_INSTANCE ?? '',
});

const poller = startOrderInbox(
  [messenger],
  async (event) => {
    if (event.type === 'message-received') await messenger.sendText(event.chat.id, 'Got it');
  },
  (event, error) => console.error('dead letter', event.id, error),
);
process.once('SIGTERM', () => void poller.stop());
