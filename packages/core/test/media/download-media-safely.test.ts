import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadMediaSafely, isPublicAddress, type SafeMediaDownloadOptions } from '../../src/adapter.js';
import { type LoopbackServer, startLoopbackServer } from '../transport/loopback-server.js';

// Issue 15, item 4: downloads reach only public http(s) addresses, re-check every redirect and stop
// at maxMediaBytes while streaming. The loopback server stands in for object storage: tests either
// allow private addresses explicitly (`allowPrivateMediaAddresses: true`) or resolve a public-looking
// name to a public address and route the request to the loopback server through `fetch`.

const base: SafeMediaDownloadOptions = {
  provider: 'green-api',
  label: 'GREEN-API',
  timeoutMilliseconds: 10_000,
};
let server: LoopbackServer;
let bytesWritten = 0;

beforeAll(async () => {
  server = await startLoopbackServer((_recorded, response) => response.end('file'));
});
afterAll(() => server.close());

/** A `fetch` that sends every request for `files.example.test` to the loopback server. */
function routedFetch(seen: string[]): typeof fetch {
  return (input, init) => {
    const url = new URL(String(input));
    seen.push(url.href);
    if (url.hostname === 'files.example.test') {
      return fetch(`${server.url}${url.pathname}${url.search}`, init);
    }
    return Promise.reject(new Error(`unexpected request to ${url.href}`));
  };
}

const publicName = async () => ['93.184.216.34'];

describe('downloadMediaSafely', () => {
  it.each([
    ['data:', 'data:text/plain;base64,aGk='],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://files.example.test/a'],
  ])('refuses the %s scheme', async (_label, url) => {
    await expect(downloadMediaSafely(url, base)).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('refuses a loopback URL by default, before any request', async () => {
    server.reset((_recorded, response) => response.end('secret'));
    await expect(downloadMediaSafely(`${server.url}/file`, base)).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringContaining('private, loopback, link-local or metadata'),
    });
    expect(server.requests).toHaveLength(0);
  });

  it('downloads from the loopback emulator when private addresses are allowed explicitly', async () => {
    server.reset((_recorded, response) => {
      response.setHeader('content-type', 'image/png; charset=binary');
      response.end('file');
    });
    const file = await downloadMediaSafely(`${server.url}/a.png`, {
      ...base,
      allowPrivateMediaAddresses: true,
    });
    expect(new TextDecoder().decode(file.data)).toBe('file');
    expect(file.mimeType).toBe('image/png');
  });

  it.each([
    'http://localhost/x',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::ffff:127.0.0.1]/x',
    'http://[fd00:ec2::254]/x',
    'http://100.100.100.200/x',
    'http://0x7f.1/x',
  ])('refuses %s by name or address literal', async (url) => {
    const seen: string[] = [];
    await expect(
      downloadMediaSafely(url, { ...base, fetch: routedFetch(seen), resolveHost: publicName }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(seen).toEqual([]);
  });

  it('refuses a name that resolves to a private address', async () => {
    const seen: string[] = [];
    await expect(
      downloadMediaSafely('https://files.example.test/a', {
        ...base,
        fetch: routedFetch(seen),
        resolveHost: async () => ['93.184.216.34', '10.0.0.5'],
      }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(seen).toEqual([]);
  });

  it('refuses localhost spelt with a trailing dot', async () => {
    await expect(downloadMediaSafely('http://localhost./x', base)).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });

  it('re-checks every redirect hop: a 302 to the metadata address is refused', async () => {
    server.reset((_recorded, response) => {
      response.statusCode = 302;
      response.setHeader('location', 'http://169.254.169.254/latest/meta-data/iam');
      response.end();
    });
    const seen: string[] = [];
    await expect(
      downloadMediaSafely('https://files.example.test/a.jpg', {
        ...base,
        fetch: routedFetch(seen),
        resolveHost: publicName,
      }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    expect(seen).toEqual(['https://files.example.test/a.jpg']);
  });

  it('follows a redirect to an allowed host and narrows to mediaHosts', async () => {
    server.reset((recorded, response) => {
      if (recorded.url === '/first') {
        response.statusCode = 302;
        response.setHeader('location', '/second');
        response.end();
        return;
      }
      response.end(recorded.url === '/second' ? 'second' : 'other');
    });
    const seen: string[] = [];
    const options = { ...base, fetch: routedFetch(seen), resolveHost: publicName };
    const file = await downloadMediaSafely('https://files.example.test/first', {
      ...options,
      mediaHosts: ['*.example.test'],
    });
    expect(new TextDecoder().decode(file.data)).toBe('second');
    expect(file.url.pathname).toBe('/second');
    await expect(
      downloadMediaSafely('https://files.example.test/first', {
        ...options,
        mediaHosts: ['cdn.example.com'],
      }),
    ).rejects.toMatchObject({ code: 'invalid-request', message: expect.stringContaining('mediaHosts') });
  });

  it('stops reading at maxMediaBytes while the body streams, without Content-Length', async () => {
    bytesWritten = 0;
    server.reset((_recorded, response) => {
      const chunk = new Uint8Array(64 * 1024);
      const write = () => {
        while (bytesWritten < 256 * 1024 * 1024) {
          bytesWritten += chunk.byteLength;
          if (!response.write(chunk)) {
            response.once('drain', write);
            return;
          }
        }
        response.end();
      };
      response.on('close', () => undefined);
      write();
    });
    await expect(
      downloadMediaSafely(`${server.url}/big`, {
        ...base,
        allowPrivateMediaAddresses: true,
        maxMediaBytes: 1_000_000,
      }),
    ).rejects.toMatchObject({ code: 'invalid-response', message: expect.stringContaining('maxMediaBytes') });
    expect(bytesWritten).toBeLessThan(256 * 1024 * 1024);
  });

  it('refuses a declared Content-Length above maxMediaBytes', async () => {
    server.reset((_recorded, response) => {
      response.setHeader('content-length', '5000');
      response.end('x'.repeat(5000));
    });
    await expect(
      downloadMediaSafely(`${server.url}/declared`, {
        ...base,
        allowPrivateMediaAddresses: true,
        maxMediaBytes: 100,
      }),
    ).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('maps HTTP failures', async () => {
    server.reset((_recorded, response) => {
      response.statusCode = 404;
      response.end();
    });
    await expect(
      downloadMediaSafely(`${server.url}/missing`, { ...base, allowPrivateMediaAddresses: true }),
    ).rejects.toMatchObject({ code: 'not-found', status: 404 });
  });
});

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true],
    ['2606:2800:220:1:248:1893:25c8:1946', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:10.0.0.1', false],
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('isPublicAddress on the forms resolvers and URL parsers give', () => {
  it.each([
    ['[2606:4700::6810:84e5]', true],
    ['2001:4860:4860::8888', true],
    ['::ffff:7f00:1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:93.184.216.34', true],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::', false],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', false],
    ['2001:db8::1', false],
    ['ff02::1', false],
    ['::', false],
    ['fe80::1%eth0', false],
    ['1::2::3', false],
    ['1:2:3:4:5:6:7:8:9', false],
    ['192.0.2.1', false],
    ['198.51.100.7', false],
    ['203.0.113.9', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false],
    ['1.1.1.1', true],
    ['256.1.1.1', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
