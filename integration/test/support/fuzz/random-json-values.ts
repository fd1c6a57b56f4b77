import type { FuzzRandom } from './fuzz-random.js';

const awkwardStrings = [
  '',
  ' ',
  '0',
  '-1',
  'null',
  'true',
  '[]',
  '{}',
  '@c.us',
  '79001234567@c.us',
  '120363043968066561@g.us',
  '79001234567:3@c.us',
  '1970-01-01 00:00:00',
  '9999-99-99 99:99:99',
  'NaN',
  'Infinity',
  '\u0000',
  '\ufeff',
  '\u200b\u200d',
  '\u202eevil',
  'é'.normalize('NFD'),
  '😀👍🏽👨‍👩‍👧',
  '\ud800',
  '\udfff\ud800',
  '𝕳𝖊𝖑𝖑𝖔',
  'مرحبا',
  '<script>alert(1)</script>',
  '\u0024{process.env}',
  '%s%n%x',
  '../../etc/passwd',
  '"}{',
  '\\',
];

const awkwardNumbers = [0, -0, -1, 1, 0.5, -3.14, 2 ** 31, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308, 5e-324];

/**
 * A string that is hard to handle: empty, control characters, emoji, right-to-left, lone surrogates,
 * markup, ids that look almost right.
 *
 * @example
 * ```ts
 * awkwardString(random); // e.g. '\u202eevil'
 * ```
 */
export function awkwardString(random: FuzzRandom): string {
  if (random.chance(0.3)) {
    return Array.from({ length: 1 + random.integer(12) }, () =>
      String.fromCodePoint(random.chance(0.5) ? random.integer(0x80) : random.integer(0x110000 - 0x800)),
    )
      .join('')
      .replace(/[\ud800-\udfff]/g, (character) => (random.chance(0.5) ? character : '?'));
  }
  return random.pick(awkwardStrings);
}

/**
 * A number at the edges: zero, negative zero, huge, tiny, fractional, unsafe integers.
 *
 * @example
 * ```ts
 * awkwardNumber(random); // e.g. 1e308
 * ```
 */
export function awkwardNumber(random: FuzzRandom): number {
  return random.pick(awkwardNumbers);
}

/**
 * A random JSON value of any type, nested up to a few levels, with awkward keys (`__proto__`,
 * `constructor`, empty) among the usual ones.
 *
 * @example
 * ```ts
 * randomJsonValue(random); // e.g. { typeWebhook: null, __proto__: [1e308] }
 * ```
 */
export function randomJsonValue(random: FuzzRandom, depth = 0): unknown {
  switch (random.integer(depth > 3 ? 4 : 7)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return awkwardNumber(random);
    case 3:
      return awkwardString(random);
    case 4:
      return Array.from({ length: random.integer(4) }, () => randomJsonValue(random, depth + 1));
    default: {
      const keys = [
        'typeWebhook',
        'id',
        'event_action',
        'body',
        'messageData',
        '__proto__',
        'constructor',
        '',
      ];
      const entries = Array.from({ length: random.integer(4) }, () => [
        random.pick(keys),
        randomJsonValue(random, depth + 1),
      ]);
      // JSON.parse keeps `__proto__` as an own key, as a provider's JSON would.
      return JSON.parse(JSON.stringify(Object.fromEntries(entries)));
    }
  }
}

/**
 * JSON text nested `depth` levels deep (arrays, objects or a mix), built as text because
 * `JSON.stringify` itself overflows the stack on deep values.
 *
 * @example
 * ```ts
 * deeplyNestedJson(random, 3); // e.g. '[{"a":[null]}]'
 * ```
 */
export function deeplyNestedJson(random: FuzzRandom, depth: number): string {
  const style = random.integer(3);
  const open: string[] = [];
  const close: string[] = [];
  for (let level = 0; level < depth; level += 1) {
    const isArray = style === 0 || (style === 2 && level % 2 === 0);
    open.push(isArray ? '[' : '{"a":');
    close.push(isArray ? ']' : '}');
  }
  return `${open.join('')}null${close.reverse().join('')}`;
}
