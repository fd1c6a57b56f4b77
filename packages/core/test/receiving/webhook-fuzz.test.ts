import { describe, expect, it } from 'vitest';
import { createWebhookHandler } from '../../src/receiving/create-webhook-handler.js';
import { createFakeMessenger, webhookSecret } from './fake-messenger.js';

/** A small seeded generator (mulberry32) so a failing case can be replayed. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const seed = Number(process.env.FUZZ_SEED ?? 20_261_121);
const random = createRandom(seed);
const integer = (below: number) => Math.floor(random() * below);
const pick = <Item>(items: readonly Item[]): Item => items[integer(items.length)] as Item;
const encoder = new TextEncoder();

function randomJson(depth = 0): unknown {
  const kind = integer(depth > 3 ? 4 : 7);
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.14]);
  if (kind === 3) return pick(['', 'id', 'événement', '\u0000', 'a'.repeat(integer(300)), '"}{']);
  if (kind === 4) return Array.from({ length: integer(4) }, () => randomJson(depth + 1));
  const keys = ['events', 'id', 'text', '__proto__', 'constructor', 'type'];
  return Object.fromEntries(Array.from({ length: integer(4) }, () => [pick(keys), randomJson(depth + 1)]));
}

function validBody(): string {
  const events = Array.from({ length: 1 + integer(3) }, () => ({
    id: `event-${integer(500)}`,
    text: 'hello',
  }));
  return JSON.stringify({ events });
}

function mutate(bytes: Uint8Array): Uint8Array {
  const copy = Array.from(bytes);
  for (let count = 1 + integer(4); count > 0; count -= 1) {
    const position = integer(copy.length + 1);
    const operation = integer(4);
    if (operation === 0) copy[position] = integer(256);
    else if (operation === 1) copy.splice(position, 1 + integer(8));
    else if (operation === 2)
      copy.splice(position, 0, ...encoder.encode(pick(['{', '}', '"', ',', '[', '\\', 'null'])));
    else copy.length = position;
  }
  return new Uint8Array(copy);
}

function randomBody(): Uint8Array<ArrayBuffer> {
  const kind = integer(6);
  if (kind === 0) return new Uint8Array(Array.from({ length: integer(600) }, () => integer(256)));
  if (kind === 1) return encoder.encode(JSON.stringify(randomJson()) ?? '');
  if (kind === 2) return encoder.encode(validBody());
  if (kind === 3) return new Uint8Array(4097 + integer(2000)).fill(0x7b);
  return new Uint8Array(mutate(encoder.encode(validBody())));
}

describe('webhook handler fuzzing', () => {
  it(`answers 10,000 random and mutated bodies with 2xx/4xx and never throws (seed ${seed})`, async () => {
    const handledCounts = new Map<string, number>();
    const handler = createWebhookHandler({
      messengers: [createFakeMessenger('instance-1'), createFakeMessenger('instance-2')],
      maxBodyBytes: 4096,
      onEvent: (event) => {
        if (event.id === '') return;
        const key = `${event.instanceId}/${event.id}`;
        handledCounts.set(key, (handledCounts.get(key) ?? 0) + 1);
      },
    });
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    for (let index = 0; index < 10_000; index += 1) {
      const roll = random();
      const authorization =
        roll < 0.9 ? `Bearer ${webhookSecret}` : roll < 0.95 ? `Bearer ${'x'.repeat(integer(40))}` : '';
      const path = pick([
        '/webhook/instance-1',
        '/webhook/instance-2',
        '/webhook?instance=instance-1',
        '/webhook/nobody',
      ]);
      const headers: Record<string, string> = {
        'content-type': pick(['application/json', 'text/plain', '']),
      };
      if (authorization !== '') headers.authorization = authorization;
      const request = new Request(`http://127.0.0.1${path}`, { method: 'POST', headers, body: randomBody() });
      const response = await handler(request);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status < 200 || response.status >= 500)
        problems.push(`case ${index}: status ${response.status}`);
      if (response.status >= 400) {
        const answer = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
        if (typeof answer.error?.code !== 'string' || typeof answer.error?.message !== 'string') {
          problems.push(`case ${index}: error body ${JSON.stringify(answer)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    for (const status of [200, 400, 401, 404, 413]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
    expect([...handledCounts.values()].every((count) => count === 1)).toBe(true);
  }, 120_000);
});
