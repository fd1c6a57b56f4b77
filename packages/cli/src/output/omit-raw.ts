/**
 * Leaves the provider's `raw` payload out of a result for printing: from an object, or from each
 * object of an array. Anything else is returned as it is.
 *
 * @example
 * ```ts
 * omitRaw({ messageId: 'BAE5', raw: { idMessage: 'BAE5' } }); // { messageId: 'BAE5' }
 * ```
 */
export function omitRaw<Value>(value: Value): unknown {
  if (Array.isArray(value)) return value.map((item) => omitRaw(item));
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const { raw: _raw, ...rest } = value as Record<string, unknown>;
  return rest;
}
