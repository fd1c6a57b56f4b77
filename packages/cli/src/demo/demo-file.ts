/**
 * The file the demo sends: a small text file, served by the demo's local server for providers that
 * send files by URL.
 *
 * @example
 * ```ts
 * await messenger.sendMedia(chatId, { data: demoFile.data, fileName: demoFile.fileName, mimeType: demoFile.mimeType });
 * ```
 */
export const demoFile = {
  fileName: 'switchboard-demo.txt',
  mimeType: 'text/plain',
  data: new TextEncoder().encode('Switchboard demo: one contract for WhatsApp, Telegram and MAX gateways.\n'),
} as const;

/**
 * The image the sandbox attaches to the reply received by polling: a 1×1 PNG, so the demo can
 * check that the downloaded bytes are the same.
 *
 * @example
 * ```ts
 * await driver.injectIncoming({ kind: 'image', caption, ...demoImage });
 * ```
 */
export const demoImage = {
  fileName: 'reply.png',
  mimeType: 'image/png',
  data: new Uint8Array(
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  ),
} as const;
