import type { FuzzRandom } from './fuzz-random.js';
import { awkwardNumber, awkwardString, deeplyNestedJson, randomJsonValue } from './random-json-values.js';

/**
 * One generated webhook body: the text to send and the mutations that made it (to reproduce a failure).
 *
 * @example
 * ```ts
 * const fuzzCase: FuzzCase = { kind: 'retype+truncate', text: '{"typeWebhook":4' };
 * ```
 */
export interface FuzzCase {
  kind: string;
  text: string;
}

/**
 * Limits of {@link createBodyMutator}.
 *
 * @example
 * ```ts
 * const limits: MutatorLimits = { hugeStringLength: 100_000, deepNesting: [10, 1000, 20_000] };
 * ```
 */
export interface MutatorLimits {
  /** The longest string a mutation writes (default 100,000 characters). */
  hugeStringLength?: number;
  /** Nesting depths a mutation inserts, shallow first: later ones are drawn less often (default 10 to 20,000). */
  deepNesting?: readonly number[];
}

type Container = Record<string, unknown> | unknown[];
type Slot = { parent: Container; key: string | number };

const deepPlaceholder = '\u0000deep-placeholder\u0000';

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

/** Every slot (parent and key) of a JSON value, breadth first, at most `limit` of them. */
function slotsOf(root: unknown, limit = 300): Slot[] {
  const slots: Slot[] = [];
  const queue: unknown[] = [root];
  for (let index = 0; index < queue.length && slots.length < limit; index += 1) {
    const node = queue[index];
    if (!isContainer(node)) continue;
    const keys = Array.isArray(node) ? node.map((_, position) => position) : Object.keys(node);
    for (const key of keys) {
      slots.push({ parent: node, key });
      queue.push((node as Record<string | number, unknown>)[key]);
    }
  }
  return slots;
}

function readSlot({ parent, key }: Slot): unknown {
  return (parent as Record<string | number, unknown>)[key];
}

/** Writes without invoking setters, so a `__proto__` key stays a plain own key. */
function writeSlot({ parent, key }: Slot, value: unknown): void {
  Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
}

function dropSlot({ parent, key }: Slot): void {
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[String(key)];
}

type StructuralMutation = (random: FuzzRandom, slot: Slot, limits: Required<MutatorLimits>) => void;

const structuralMutations: Record<string, StructuralMutation> = {
  drop: (_random, slot) => dropSlot(slot),
  duplicate: (random, slot) => {
    const value = readSlot(slot);
    if (Array.isArray(slot.parent)) slot.parent.push(structuredClone(value));
    else {
      const keys = Object.keys(slot.parent);
      writeSlot(
        { parent: slot.parent, key: random.chance(0.5) ? `${slot.key}Copy` : random.pick(keys) },
        value,
      );
    }
  },
  retype: (random, slot) => writeSlot(slot, randomJsonValue(random)),
  null: (_random, slot) => writeSlot(slot, null),
  unicode: (random, slot) => writeSlot(slot, `${String(readSlot(slot) ?? '')}${awkwardString(random)}`),
  number: (random, slot) =>
    writeSlot(slot, random.chance(0.5) ? awkwardNumber(random) : String(awkwardNumber(random))),
  huge: (random, slot, limits) => {
    const length = random.chance(0.05) ? limits.hugeStringLength : 1 + random.integer(5000);
    writeSlot(slot, random.pick(['x', 'я', '😀', '\\"']).repeat(length));
  },
  deep: (_random, slot) => writeSlot(slot, deepPlaceholder),
  'empty-container': (random, slot) => writeSlot(slot, random.chance(0.5) ? {} : []),
};

const textMutations: Record<string, (random: FuzzRandom, text: string) => string> = {
  truncate: (random, text) => text.slice(0, random.integer(text.length)),
  flip: (random, text) => {
    let result = text;
    for (let count = 1 + random.integer(4); count > 0; count -= 1) {
      const position = random.integer(result.length + 1);
      const insert = random.pick(['{', '}', '[', ']', '"', ',', ':', '\\', 'null', '\u0000', 'é', '']);
      result = `${result.slice(0, position)}${insert}${result.slice(position + random.integer(3))}`;
    }
    return result;
  },
  'duplicate-key': (random, text) => {
    if (!text.startsWith('{') || text === '{}') return text;
    const entry = `${JSON.stringify(random.pick(['typeWebhook', 'id', 'event_action', 'idMessage', 'body']))}:${JSON.stringify(randomJsonValue(random))}`;
    return random.chance(0.5) ? `{${entry},${text.slice(1)}` : `${text.slice(0, -1)},${entry}}`;
  },
  'byte-order-mark': (_random, text) => `\ufeff${text}`,
};

/**
 * Generates webhook bodies from real provider payloads (`seeds`): structural mutations (drop, duplicate
 * and retype fields, nulls, unicode, edge numbers, huge strings, deep nesting, empty containers), text
 * mutations (truncation, flipped characters, duplicate keys, a byte-order mark), batches of mutated bodies,
 * and wholly random JSON, bytes and scalars. Deterministic for a given `random`.
 *
 * @example
 * ```ts
 * const next = createBodyMutator(new FuzzRandom(createRandom(1)), [greenApiFixtures.incomingTextMessage]);
 * const { kind, text } = next();
 * ```
 */
export function createBodyMutator(
  random: FuzzRandom,
  seeds: readonly unknown[],
  limits: MutatorLimits = {},
): () => FuzzCase {
  const resolved: Required<MutatorLimits> = {
    hugeStringLength: limits.hugeStringLength ?? 100_000,
    deepNesting: limits.deepNesting ?? [10, 100, 1000, 3000, 6000, 20_000],
  };
  // Deep nesting is the costliest case to parse, so it is drawn less often than the others.
  const structuralNames = Object.keys(structuralMutations).flatMap((name) =>
    name === 'deep' ? [name] : Array.from({ length: 6 }, () => name),
  );
  const seedTexts = seeds.map((seed) => JSON.stringify(seed));
  const textNames = Object.keys(textMutations);

  const mutatedSeed = (): FuzzCase => {
    const value: unknown = JSON.parse(random.pick(seedTexts));
    const kinds: string[] = [];
    for (let count = 1 + random.integer(3); count > 0; count -= 1) {
      const slots = slotsOf(value);
      if (slots.length === 0) break;
      const name = random.pick(structuralNames);
      structuralMutations[name]!(random, random.pick(slots), resolved);
      kinds.push(name);
    }
    let text = JSON.stringify(value);
    if (text.includes(JSON.stringify(deepPlaceholder))) {
      // Skewed towards the shallow end: the deepest bodies are the slowest to parse.
      const depth = resolved.deepNesting[Math.floor(random.fraction() ** 4 * resolved.deepNesting.length)];
      text = text.replace(JSON.stringify(deepPlaceholder), () => deeplyNestedJson(random, depth ?? 10));
    }
    if (random.chance(0.2)) {
      const name = random.pick(textNames);
      text = textMutations[name]!(random, text);
      kinds.push(name);
    }
    return { kind: kinds.join('+') || 'seed', text };
  };

  return () => {
    const roll = random.fraction();
    if (roll < 0.7) return mutatedSeed();
    if (roll < 0.8) {
      const items = Array.from({ length: random.integer(5) }, () => mutatedSeed().text);
      return { kind: 'batch', text: `[${items.filter((item) => isJson(item)).join(',')}]` };
    }
    if (roll < 0.9) return { kind: 'random-json', text: JSON.stringify(randomJsonValue(random)) ?? 'null' };
    if (roll < 0.95) {
      const text = Array.from({ length: random.integer(400) }, () =>
        String.fromCharCode(random.integer(256)),
      ).join('');
      return { kind: 'random-bytes', text };
    }
    return {
      kind: 'scalar',
      text: random.pick(['', 'null', '[]', '{}', '""', '42', 'true', '[null]', '{"":{}}']),
    };
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
