import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../../src/output/decode-png.js';
import { qrModulesFromImage } from '../../src/output/qr-modules-from-image.js';
import { renderModuleMatrix } from '../../src/output/render-module-matrix.js';
import { renderQrCode } from '../../src/output/render-qr-code.js';
import { encodeRgbaPng, modulesToRgba } from '../helpers/encode-png.js';

const modules = encode('2@switchboard-login-token,abc,def', { border: 0 }).data;

describe('renderQrCode', () => {
  it('draws an encoded value with uqr, two module rows per line and a quiet zone', () => {
    const rendered = renderQrCode({
      status: 'pending',
      value: '2@switchboard-login-token,abc,def',
      link: 'https://x.test/qr',
    });
    expect(rendered.shown).toBe('drawing');
    expect(rendered.drawing).toBe(renderModuleMatrix(modules));
    const lines = rendered.drawing!.split('\n');
    expect(lines).toHaveLength(Math.ceil((modules.length + 4) / 2));
    expect(lines[0]).toBe('█'.repeat(modules.length + 4));
    expect(rendered.note).toBe('or open https://x.test/qr');
  });

  it.each([0, 1, 2, 3, 4])('redraws a QR code PNG module by module (row filter %i)', (filter) => {
    const { size, pixels } = modulesToRgba(modules, 4, 3);
    const png = encodeRgbaPng(size, size, pixels, filter);
    expect(qrModulesFromImage(decodePng(png))).toEqual(modules);
    const rendered = renderQrCode({ status: 'pending', imageBase64: Buffer.from(png).toString('base64') });
    expect(rendered).toEqual({ drawing: renderModuleMatrix(modules), note: undefined, shown: 'drawing' });
  });

  it('explains an image that holds no code, and a code shown only on a web page', () => {
    const tiny = encodeRgbaPng(1, 1, Uint8Array.from([0, 0, 0, 255]));
    expect(renderQrCode({ status: 'pending', imageBase64: Buffer.from(tiny).toString('base64') })).toEqual({
      drawing: undefined,
      note: "the provider's QR image (1×1 px) holds no drawable code",
      shown: 'nothing',
    });
    expect(renderQrCode({ status: 'pending', imageBase64: 'bm90IGEgcG5n' }).note).toBe(
      "the provider's QR image cannot be drawn (not a PNG image)",
    );
    expect(renderQrCode({ status: 'pending', link: 'https://x.test/qr/1' })).toEqual({
      drawing: undefined,
      note: 'open https://x.test/qr/1 to see the QR code',
      shown: 'link',
    });
  });
});

describe('decodePng', () => {
  it('reads lightness, counting transparent pixels as white', () => {
    const png = encodeRgbaPng(3, 1, Uint8Array.from([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0]));
    expect([...decodePng(png).pixels]).toEqual([0, 255, 255]);
  });
});
