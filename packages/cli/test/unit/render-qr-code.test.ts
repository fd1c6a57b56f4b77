import { qrCodePng } from '@switchboard/testing';
import { PNG } from 'pngjs';
import { renderUnicodeCompact } from 'uqr';
import { describe, expect, it } from 'vitest';
import { renderQrCode } from '../../src/output/render-qr-code.js';

const payload = '2@switchboard-login-token,abc,def';
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const blankPng = () => {
  const image = new PNG({ width: 40, height: 40 });
  image.data.fill(255);
  return new Uint8Array(PNG.sync.write(image));
};

describe('renderQrCode', () => {
  it('draws an encoded value with uqr, two module rows per line, light modules as blocks', () => {
    const rendered = renderQrCode({ status: 'pending', value: payload, link: 'https://x.test/qr' });
    expect(rendered).toEqual({
      drawing: renderUnicodeCompact(payload, { border: 2 }),
      note: 'or open https://x.test/qr',
      shown: 'drawing',
      payload,
    });
    expect(rendered.drawing!.split('\n')[0]).toMatch(/^█+$/);
  });

  it.each([2, 4, 7])('reads the code out of a provider PNG (%i px per module) and draws it', (scale) => {
    const rendered = renderQrCode({ status: 'pending', imageBase64: base64(qrCodePng(payload, scale)) });
    expect(rendered).toEqual({
      drawing: renderUnicodeCompact(payload, { border: 2 }),
      note: undefined,
      shown: 'drawing',
      payload,
    });
  });

  it('falls back to the link, else to the saved image, when the PNG holds no code', () => {
    const qr = { status: 'pending', imageBase64: base64(blankPng()) } as const;
    expect(renderQrCode({ ...qr, link: 'https://x.test/qr/1' })).toEqual({
      drawing: undefined,
      note: "the provider's QR image cannot be drawn (the image (40×40 px) holds no QR code); open https://x.test/qr/1",
      shown: 'link',
      payload: undefined,
    });
    const saved: Uint8Array[] = [];
    const rendered = renderQrCode(qr, {
      saveImage: (png) => {
        saved.push(png);
        return '/tmp/switchboard-qr/qr.png';
      },
    });
    expect(rendered.shown).toBe('file');
    expect(rendered.note).toMatch(/open \/tmp\/switchboard-qr\/qr\.png$/);
    expect(base64(saved[0]!)).toBe(qr.imageBase64);
    expect(renderQrCode(qr).shown).toBe('nothing');
  });

  it('explains bytes that are not a PNG, and a code shown only on a web page', () => {
    expect(renderQrCode({ status: 'pending', imageBase64: 'bm90IGEgcG5n' }).note).toMatch(
      /^the provider's QR image cannot be drawn \(not a readable PNG image: /,
    );
    expect(renderQrCode({ status: 'pending', link: 'https://x.test/qr/1' })).toEqual({
      drawing: undefined,
      note: 'open https://x.test/qr/1 to see the QR code',
      shown: 'link',
      payload: undefined,
    });
  });
});
