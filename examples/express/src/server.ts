// Runs the recipe: GREEN_API_ID_INSTANCE=… GREEN_API_API_TOKEN_INSTANCE=… GREEN_API_WEBHOOK_URL_TOKEN=… node src/server.ts
// (Node ≥ 22.6 runs TypeScript directly; on Node 20 use `npx tsx src/server.ts`.)
import { createGreenApiMessenger } from '@switchboard/green-api';
import { createApp } from './create-app.js';

const messenger = createGreenApiMessenger({
  network: 'whatsapp',
  idInstance: process.env.GREEN_API_ID_INSTANCE ?? '',
  apiTokenInstance: process.env.GREEN_API_API_TOKEN_INSTANCE ?? '',
  webhookUrlToken: process.env.GREEN_API_WEBHOOK_URL_TOKEN,
});

createApp({
  messengers: [messenger],
  onEvent: async (event, { messenger }) => {
    if (event.type === 'message-received') await messenger.sendText(event.chat.id, 'Got it');
  },
}).listen(Number(process.env.PORT ?? 3000));
