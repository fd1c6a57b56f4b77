import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type GreenApiEmulator,
  qrCodePng,
  startGreenApiEmulator,
  startWhatsgateEmulator,
} from '../../../src/index.js';

/** Reads a PNG as a phone camera would: pixels, then the QR code in them (undefined when there is none). */
function readQrCode(png: Uint8Array): string | undefined {
  const image = PNG.sync.read(Buffer.from(png));
  // jsqr is CommonJS: its function is the module's `default` export under NodeNext.
  return jsqr.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe('qrCodePng', () => {
  it('encodes a scannable QR code of the payload', () => {
    expect(readQrCode(qrCodePng('2@switchboard,login,token'))).toBe('2@switchboard,login,token');
    expect(readQrCode(qrCodePng('avatar:79001234567@c.us', 8))).toBe('avatar:79001234567@c.us');
  }, 60_000);
});

describe('GREEN-API emulator QR codes', () => {
  let emulator: GreenApiEmulator;
  beforeAll(async () => {
    emulator = await startGreenApiEmulator({ instances: [{}], timings: { qrRefreshMilliseconds: 60_000 } });
  }, 60_000);
  afterAll(() => emulator.close());

  const fetchQrImage = async () => {
    const [instance] = emulator.instances;
    const response = await fetch(
      `${instance!.apiUrl}/waInstance${instance!.idInstance}/qr/${instance!.apiTokenInstance}`,
    );
    const answer = (await response.json()) as { type: string; message: string };
    return Buffer.from(answer.message, 'base64');
  };

  it('hands out the same readable code until it is refreshed, then a new one', async () => {
    const idInstance = emulator.instances[0]!.idInstance;
    // The clock moves only when the test moves it, so the code's lifetime does not depend on machine speed.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const payload = emulator.control.qrPayload(idInstance);
      expect(payload).toMatch(/^2@[0-9a-f]{12}$/);
      expect(readQrCode(await fetchQrImage())).toBe(payload);
      expect(readQrCode(await fetchQrImage())).toBe(payload);
      vi.setSystemTime(Date.now() + 60_000);
      const next = readQrCode(await fetchQrImage());
      expect(next).not.toBe(payload);
      expect(next).toBe(emulator.control.qrPayload(idInstance));
    } finally {
      vi.useRealTimers();
    }
  }, 60_000);
});

describe('Whatsgate emulator QR page', () => {
  it("shows the session's QR text as a readable QR code while it waits, none once it is ready", async () => {
    const emulator = await startWhatsgateEmulator({ sessions: [{ name: 'Shop', status: 'AUTH' }] });
    try {
      const { whatsappId } = emulator.sessions[0]!;
      const page = async () => (await fetch(`${emulator.url}/qr/${whatsappId}`)).text();
      const image = /src="data:image\/png;base64,([^"]+)"/.exec(await page())?.[1];
      expect(readQrCode(Buffer.from(image ?? '', 'base64'))).toMatch(new RegExp(`^2@${whatsappId},`));
      emulator.control.scan(whatsappId);
      expect(await page()).not.toContain('<img');
    } finally {
      await emulator.close();
    }
  }, 60_000);
});
