/**
 * The value a lookup table holds for `key` as its own property, else `undefined`: a provider value such
 * as `constructor`, `toString` or `__proto__` never reaches `Object.prototype` or one of its methods.
 * Use it (or a `Map`) for every table keyed by provider text.
 *
 * @example
 * ```ts
 * ownValue({ offer: 'offered' }, 'constructor'); // undefined
 * ```
 */
export function ownValue<Value>(
  table: Readonly<Record<string, Value>>,
  key: string | number,
): Value | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
