// Serves the recipe on Node: SDKWA_ID_INSTANCE=… SDKWA_API_TOKEN_INSTANCE=… SDKWA_WEBHOOK_URL_TOKEN=… npx tsx src/node-server.ts
import { serve } from '@hono/node-server';
import { createSdkwaApp } from './create-sdkwa-app.js';

const app = createSdkwaApp(process.env, (event) => console.info(event.type, event.id));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
