import { describe, expect, it, vi } from 'vitest';
import { AttemptSignal } from '../../src/transport/attempt-signal.js';
import { AttemptTimeoutError } from '../../src/transport/attempt-timeout-error.js';
import {
  findHttpExchange,
  type HttpExchange,
  type HttpExchangeResponse,
  httpExchangeKey,
} from '../../src/transport/http-exchange.js';
import { runAttempt } from '../../src/transport/run-attempt.js';
import { TransportHeaders } from '../../src/transport/transport-headers.js';
import { waitForRetryDelay } from '../../src/transport/wait-for-retry-delay.js';
import { captureRejection } from './transport-test-helpers.js';

const request = { url: 'http://127.0.0.1:1/x', method: 'GET' as const, headers: {}, body: undefined };
const answer: HttpExchangeResponse = { status: 200, headers: new Headers(), body: new Uint8Array() };

describe('AttemptSignal', () => {
  it('aborts once, calls each remaining listener once, and throws its reason afterwards', () => {
    const signal = new AttemptSignal();
    const first = vi.fn();
    const removed = vi.fn();
    signal.on('abort', first).once('abort', removed).removeListener('abort', removed);
    expect(() => signal.throwIfAborted()).not.toThrow();
    const reason = new Error('stop');
    signal.abort(reason);
    signal.abort(new Error('ignored'));
    expect(signal).toMatchObject({ aborted: true, reason });
    expect(first).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(() => signal.throwIfAborted()).toThrow(reason);
  });

  it('gives a real AbortSignal that follows it, also when already aborted', () => {
    const signal = new AttemptSignal();
    const web = signal.toAbortSignal();
    expect(web).toBeInstanceOf(AbortSignal);
    expect(web.aborted).toBe(false);
    signal.abort('late');
    expect(web).toMatchObject({ aborted: true, reason: 'late' });
    expect(signal.toAbortSignal()).toMatchObject({ aborted: true, reason: 'late' });
  });
});

describe('runAttempt', () => {
  it('times out an exchange that ignores its signal, and aborts that signal', async () => {
    let seen: AttemptSignal | undefined;
    const hanging: HttpExchange = (_request, signal) => {
      seen = signal;
      return new Promise(() => undefined);
    };
    const error = await captureRejection(runAttempt(hanging, request, 5, undefined));
    expect(error).toBeInstanceOf(AttemptTimeoutError);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMilliseconds: 5 });
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(error);
  });

  it("rejects with the caller's reason at once and stops listening to the caller afterwards", async () => {
    const controller = new AbortController();
    const hanging: HttpExchange = () => new Promise(() => undefined);
    const pending = captureRejection(runAttempt(hanging, request, 10_000, controller.signal));
    controller.abort(new Error('caller gave up'));
    expect(await pending).toBe(controller.signal.reason);

    const caller = new AbortController();
    const remove = vi.spyOn(caller.signal, 'removeEventListener');
    await expect(runAttempt(async () => answer, request, 10_000, caller.signal)).resolves.toBe(answer);
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('turns an exchange that throws synchronously into a rejection', async () => {
    const throwing: HttpExchange = () => {
      throw new TypeError('fetch failed');
    };
    await expect(runAttempt(throwing, request, 1000, undefined)).rejects.toThrow('fetch failed');
  });
});

describe('waitForRetryDelay', () => {
  it('waits, and rejects with the reason when the signal is or becomes aborted', async () => {
    await expect(waitForRetryDelay(1, undefined)).resolves.toBeUndefined();
    const aborted = AbortSignal.abort(new Error('already'));
    await expect(waitForRetryDelay(10_000, aborted)).rejects.toBe(aborted.reason);
    const controller = new AbortController();
    const waiting = waitForRetryDelay(10_000, controller.signal);
    controller.abort(new Error('later'));
    await expect(waiting).rejects.toBe(controller.signal.reason);
  });
});

describe('findHttpExchange', () => {
  it('finds the exchange a fetch carries under the registered symbol, and nothing else', () => {
    const exchange: HttpExchange = async () => answer;
    const carrying = Object.assign(async () => new Response(), { [httpExchangeKey]: exchange });
    expect(httpExchangeKey).toBe(Symbol.for('@switchboard/core.httpExchange'));
    expect(findHttpExchange(carrying)).toBe(exchange);
    expect(findHttpExchange(globalThis.fetch)).toBeUndefined();
    expect(findHttpExchange(undefined)).toBeUndefined();
    const wrong = Object.assign(async () => new Response(), { [httpExchangeKey]: 'not a function' });
    expect(findHttpExchange(wrong as unknown as typeof fetch)).toBeUndefined();
  });
});

describe('TransportHeaders', () => {
  it('adds JSON defaults, lets transport and request headers override them case-insensitively', () => {
    const headers = new TransportHeaders({ Authorization: 'Bearer t', Accept: 'text/plain' });
    expect(headers.problem).toBeUndefined();
    expect(headers.resolve({ method: 'POST', path: 'x', json: {} })).toEqual({
      accept: 'text/plain',
      authorization: 'Bearer t',
      'content-type': 'application/json',
    });
    expect(headers.resolve({ method: 'GET', path: 'x', responseType: 'bytes' })).toEqual({
      accept: 'text/plain',
      authorization: 'Bearer t',
    });
    expect(new TransportHeaders({}).resolve({ method: 'GET', path: 'x', responseType: 'bytes' })).toEqual({});
    expect(
      headers.resolve({
        method: 'POST',
        path: 'x',
        json: {},
        headers: { 'Content-Type': 'application/x-ndjson' },
      }),
    ).toEqual({ accept: 'text/plain', authorization: 'Bearer t', 'content-type': 'application/x-ndjson' });
    const plain = new TransportHeaders(undefined);
    expect(plain.resolve({ method: 'GET', path: 'x' })).toEqual({ accept: 'application/json' });
    expect(plain.resolve({ method: 'GET', path: 'x' })).toBe(plain.resolve({ method: 'GET', path: 'y' }));
  });

  it('reports headers that cannot be sent', () => {
    // The wording is the runtime's own (Node: "… is an invalid header value.", Bun: "… has invalid value").
    expect(new TransportHeaders({ 'X-Trace': 'a\nb' }).problem).toMatch(/invalid/i);
    expect(new TransportHeaders({ 'bad name': 'x' }).problem).toMatch(/invalid/i);
    expect(new TransportHeaders({ 'X-Trace': 'fine' }).problem).toBeUndefined();
  });
});
