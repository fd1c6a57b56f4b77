import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  controlPrefix,
  type EmulatorServer,
  FaultInjector,
  jsonResponse,
  startEmulatorServer,
} from '../../../src/emulators/shared/index.js';

describe('startEmulatorServer', () => {
  const faults = new FaultInjector();
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({
      faults,
      handle: (request) => {
        if (request.path === '/boom') throw new Error('exploded');
        if (request.path === '/wait') {
          return new Promise((resolve) =>
            request.signal.addEventListener('abort', () => resolve(jsonResponse(200, {}))),
          );
        }
        return jsonResponse(200, { method: request.method, path: request.path, body: request.text() });
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers with the handler result', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/echo`, { method: 'POST', body: 'hello' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'POST', path: '/echo', body: 'hello' });
  });

  it('answers OPTIONS with 204 and CORS headers', async () => {
    const response = await fetch(`${server.url}/anything`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('turns handler exceptions into 500', async () => {
    const response = await fetch(`${server.url}/boom`);
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('exploded');
  });

  it('applies status faults with Retry-After, then recovers', async () => {
    faults.inject(
      { kind: 'status', status: 429, body: '{"message":"slow"}', retryAfterMilliseconds: 2500 },
      { times: 1 },
    );
    const faulted = await fetch(`${server.url}/x`);
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get('retry-after')).toBe('3');
    expect(await faulted.json()).toEqual({ message: 'slow' });
    expect((await fetch(`${server.url}/x`)).status).toBe(200);
  });

  it('answers malformed JSON', async () => {
    faults.inject({ kind: 'malformed-json' }, { times: 1 });
    const response = await fetch(`${server.url}/x`);
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it('drops the connection', async () => {
    faults.inject({ kind: 'drop' }, { times: 1 });
    await expect(fetch(`${server.url}/x`)).rejects.toThrow();
    expect((await fetch(`${server.url}/x`)).status).toBe(200);
  });

  it('delays and then answers normally', async () => {
    faults.inject({ kind: 'delay', milliseconds: 20 }, { times: 1 });
    const response = await fetch(`${server.url}/delayed`);
    expect(await response.json()).toMatchObject({ path: '/delayed' });
  });

  it('never applies faults under the control prefix', async () => {
    faults.inject({ kind: 'status', status: 503 });
    expect((await fetch(`${server.url}${controlPrefix}/state`)).status).toBe(200);
    expect((await fetch(`${server.url}/other`)).status).toBe(503);
    faults.clear();
  });

  it('closes immediately even with an open long request', async () => {
    const other = await startEmulatorServer({
      faults: new FaultInjector(),
      handle: (request) =>
        new Promise((resolve) =>
          request.signal.addEventListener('abort', () => resolve(jsonResponse(200, {}))),
        ),
    });
    const pending = new Promise<string>((resolve) => {
      const outgoing = httpRequest(`${other.url}/hang`, () => resolve('answered'));
      outgoing.on('error', () => resolve('closed'));
      outgoing.end();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await other.close();
    expect(await pending).toBe('closed');
  });
});
