const maximumDepth = 64;
const maximumLength = 65_536;

/** Reads a property without letting a throwing getter escape. */
function readProperty(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return '⚠';
  }
}

function serialize(value: unknown, depth: number, seen: Set<object>): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  }
  if (depth >= maximumDepth) return '…';
  if (seen.has(value)) return '↺';
  seen.add(value);
  const parts = Array.isArray(value)
    ? value.map((item) => serialize(item, depth + 1, seen))
    : Object.keys(value)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${serialize(readProperty(value, key), depth + 1, seen)}`);
  seen.delete(value);
  const joined = parts.join(',');
  return Array.isArray(value) ? `[${joined}]` : `{${joined}}`;
}

/**
 * A short, stable hash (FNV-1a, 8 hex digits) of any payload, for the dedup ids of notifications
 * that carry no id of their own. Object keys are sorted, nesting is cut at 64 levels and text at
 * 64 KiB, cycles and throwing getters are marked: it never throws, and equal payloads always give
 * equal hashes, however hostile the body.
 */
export function hashPayload(value: unknown): string {
  let text: string;
  try {
    text = serialize(value, 0, new Set()).slice(0, maximumLength);
  } catch {
    text = `unserializable ${typeof value}`;
  }
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}${text.length.toString(16)}`;
}
