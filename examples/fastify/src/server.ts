// Runs the recipe: WHATSGATE_API_KEY=… WHATSGATE_WHATSAPP_ID=… WHATSGATE_WEBHOOK_SECRET=… npx tsx src/server.ts
// Callback URL to set at Whatsgate: https://<your host>/webhooks/<WhatsappID>?secret=<WHATSGATE_WEBHOOK_SECRET>
import { createWhatsgateMessenger } from '@switchboard/whatsgate';
import { createApp } from './create-app.js';

const messenger = createWhatsgateMessenger({
  apiKey: process.env.WHATSGATE_API_KEY ?? '',
  whatsappId: process.env.WHATSGATE_WHATSAPP_ID ?? '',
  webhookSecret: process.env.WHATSGATE_WEBHOOK_SECRET,
});

await createApp({
  messengers: [messenger],
  onEvent: async (event, { messenger }) => {
    if (event.type === 'message-received') await messenger.sendText(event.chat.id, 'Got it');
  },
}).listen({ port: Number(process.env.PORT ?? 3000) });
