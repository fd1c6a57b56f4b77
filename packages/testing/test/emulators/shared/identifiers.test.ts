import { describe, expect, it } from 'vitest';
import {
  Counter,
  createEmulatorRequest,
  EmulatorJsonError,
  FifoBuffer,
  hexId,
  IdentifierFactory,
  jsonResponse,
  numericId,
} from '../../../src/emulators/shared/index.js';

describe('identifiers', () => {
  it('generates upper-case hex and numeric ids of the asked length', () => {
    expect(hexId(32)).toMatch(/^[0-9A-F]{32}$/);
    expect(numericId(12)).toMatch(/^[1-9]\d{11}$/);
  });

  it('is deterministic with a seed', () => {
    const first = new IdentifierFactory(9);
    const second = new IdentifierFactory(9);
    expect(first.hex(20)).toBe(second.hex(20));
    expect(first.numeric(10)).toBe(second.numeric(10));
    expect(first.next('a', 5)).toBe(5);
    expect(first.next('a', 5)).toBe(6);
    expect(first.next('b')).toBe(1);
  });

  it('counts', () => {
    const counter = new Counter(3);
    expect(counter.next()).toBe(3);
    expect(counter.peek()).toBe(4);
  });
});

describe('FifoBuffer', () => {
  it('keeps order across compactions', () => {
    const buffer = new FifoBuffer<number>();
    for (let index = 0; index < 5000; index += 1) buffer.push(index);
    for (let index = 0; index < 3000; index += 1) expect(buffer.shift()).toBe(index);
    buffer.push(5000);
    expect(buffer.length).toBe(2001);
    expect(buffer.peek()).toBe(3000);
    expect([...buffer].at(-1)).toBe(5000);
    expect(buffer.clear()).toBe(2001);
    expect(buffer.shift()).toBeUndefined();
  });
});

describe('requests and responses', () => {
  it('parses JSON and reports malformed bodies', () => {
    const request = createEmulatorRequest({
      method: 'post',
      url: '/path?x=1',
      headers: { 'Content-Type': 'application/json', 'X-Many': ['a', 'b'] },
      body: '{"a":1}',
    });
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/path');
    expect(request.query.get('x')).toBe('1');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-many']).toBe('a, b');
    expect(request.json()).toEqual({ a: 1 });
    const broken = createEmulatorRequest({ method: 'POST', url: '/', body: '{"a":' });
    expect(() => broken.json()).toThrow(EmulatorJsonError);
  });

  it('serialises JSON answers', () => {
    expect(jsonResponse(200, { a: 1 })).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(jsonResponse(200, undefined).body).toBe('null');
  });
});
