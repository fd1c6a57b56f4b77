/** The values {@link mutateJson} plants: what a hostile provider, contact or caller might send. */
export const hostileJsonValues: readonly unknown[] = [
  null,
  '',
  0,
  -1,
  1e308,
  true,
  [],
  {},
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  ' '.repeat(10_000),
  ';'.repeat(10_000),
  '@'.repeat(10_000),
  `true_${'@@'.repeat(5_000)}`,
  `ORG:${';'.repeat(10_000)}`,
  '\u0000\u2028\ud800',
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`),
  JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`),
  new Array(1_000).fill('x'),
];

/**
 * A mutated copy of a JSON value, driven by `choices` (give it `fc.array(fc.nat())` from fast-check, so
 * a failure shrinks and replays): each choice picks a node of the value and replaces it with one of
 * {@link hostileJsonValues}, deletes it, or wraps it in an array. The input is never changed; keys such
 * as `__proto__` stay plain data.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(fc.array(fc.nat()), (choices) => parse(mutateJson(fixture, choices)) !== undefined));
 * ```
 */
export function mutateJson(value: unknown, choices: readonly number[]): unknown {
  let result = clone(value);
  for (let index = 0; index + 1 < choices.length; index += 2) {
    const nodes = listNodes(result);
    const target = nodes[(choices[index] ?? 0) % nodes.length] ?? [];
    result = replaceAt(result, target, choices[index + 1] ?? 0);
  }
  return result;
}

type Path = ReadonlyArray<string | number>;

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function listNodes(value: unknown, path: Path = [], into: Path[] = [], depth = 0): Path[] {
  into.push(path);
  if (depth > 20 || value === null || typeof value !== 'object' || into.length > 500) return into;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  for (const [key, child] of entries) listNodes(child, [...path, key], into, depth + 1);
  return into;
}

function replaceAt(root: unknown, path: Path, choice: number): unknown {
  const kinds = hostileJsonValues.length + 2;
  const kind = choice % kinds;
  const replace = (current: unknown): unknown =>
    kind < hostileJsonValues.length
      ? clone(hostileJsonValues[kind])
      : kind === hostileJsonValues.length
        ? undefined
        : [current];
  if (path.length === 0) return replace(root) ?? null;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const next = replace(parent[last]);
  if (next === undefined && !Array.isArray(parent)) delete parent[last];
  else
    Object.defineProperty(parent, last, {
      value: next ?? null,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return root;
}
