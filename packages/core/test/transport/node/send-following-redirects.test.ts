import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sendFollowingRedirects,
  type UndiciCall,
} from '../../../src/transport/node/send-following-redirects.js';
import { type LoopbackServer, startLoopbackServer } from '../loopback-server.js';
import { captureRejection } from '../transport-test-helpers.js';

let home: LoopbackServer;
let elsewhere: LoopbackServer;
const dispatcher = new Agent();

beforeAll(async () => {
  home = await startLoopbackServer((_recorded, response) => response.end('home'));
  elsewhere = await startLoopbackServer((_recorded, response) => response.end('elsewhere'));
});
afterAll(async () => {
  await dispatcher.close();
  await home.close();
  await elsewhere.close();
});

/** Bun's `undici` module is a stub without dispatchers. */
const runsOnBun = 'Bun' in globalThis;

const credentials = { authorization: 'Bearer secret', cookie: 'session=1', 'proxy-authorization': 'Basic x' };

async function send(call: Partial<UndiciCall>, maxRedirections = 20) {
  const data = await sendFollowingRedirects(
    { url: `${home.url}/start`, method: 'GET', headers: {}, body: null, ...call },
    { dispatcher, signal: new AbortController().signal, maxRedirections },
  );
  return { status: data.statusCode, text: await data.body.text() };
}

function redirectOnce(status: number, location: () => string) {
  home.reset((recorded, response) => {
    if (recorded.url !== '/start') {
      response.end(`${recorded.method} ${recorded.url} ${Buffer.from(recorded.body).toString()}`);
      return;
    }
    response.writeHead(status, { location: location() });
    response.end('moved');
  });
}

describe.skipIf(runsOnBun)('sendFollowingRedirects', () => {
  it('repeats a POST with its body after 307/308, and turns it into a GET without body after 301/302/303', async () => {
    const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' };
    for (const [status, expected] of [
      [307, 'POST /next {"a":1}'],
      [308, 'POST /next {"a":1}'],
      [301, 'GET /next '],
      [302, 'GET /next '],
      [303, 'GET /next '],
    ] as const) {
      redirectOnce(status, () => '/next');
      expect(await send(post)).toEqual({ status: 200, text: expected });
    }
    expect(home.requests.at(-1)?.headers['content-type']).toBeUndefined();
  });

  it('keeps credentials on the same origin and drops them when the origin changes', async () => {
    redirectOnce(307, () => '/next');
    await send({ headers: { ...credentials, 'x-trace': 'abc' } });
    expect(home.requests.at(-1)?.headers).toMatchObject({ ...credentials, 'x-trace': 'abc' });

    redirectOnce(307, () => `${elsewhere.url}/landing`);
    elsewhere.reset((_recorded, response) => response.end('elsewhere'));
    expect(await send({ headers: { ...credentials, 'x-trace': 'abc' } })).toEqual({
      status: 200,
      text: 'elsewhere',
    });
    const landed = elsewhere.requests.at(-1)?.headers;
    expect(landed).toMatchObject({ 'x-trace': 'abc' });
    expect(landed?.authorization).toBeUndefined();
    expect(landed?.cookie).toBeUndefined();
    expect(landed?.['proxy-authorization']).toBeUndefined();
  });

  it('returns the redirect itself past the limit, and fails on a loop', async () => {
    redirectOnce(302, () => '/next');
    expect(await send({}, 0)).toEqual({ status: 302, text: 'moved' });
    home.reset((_recorded, response) => {
      response.writeHead(302, { location: '/start' });
      response.end();
    });
    const error = await captureRejection(send({}));
    expect(error).toMatchObject({ message: expect.stringContaining('redirect loop') });
  });
});
