// Serves the recipe on Bun: SDKWA_ID_INSTANCE=… SDKWA_API_TOKEN_INSTANCE=… SDKWA_WEBHOOK_URL_TOKEN=… bun src/bun-server.ts
// It prints one line per handled event (`handled <type> <id>`) and, first, the URL it listens on.
import { createSdkwaApp } from './create-sdkwa-app.js';

declare const Bun: {
  serve(options: {
    fetch: (request: Request) => Response | Promise<Response>;
    port: number;
    hostname?: string;
  }): {
    url: URL;
  };
};

const app = createSdkwaApp(process.env, (event) => console.info(`handled ${event.type} ${event.id}`));
const server = Bun.serve({
  fetch: app.fetch,
  port: Number(process.env.PORT ?? 3000),
  hostname: process.env.HOST,
});
console.info(`listening ${server.url.href}`);
