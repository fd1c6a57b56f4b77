/**
 * Tells whether a value is a plain JSON object.
 *
 * @example
 * ```ts
 * isRecord({ idMessage: '1' }); // true
 * isRecord([]); // false
 * ```
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a non-empty trimmed string; anything else is `undefined`.
 *
 * @example
 * ```ts
 * textOf(' Invalid code '); // 'Invalid code'
 * textOf(''); // undefined
 * ```
 */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads a finite number given as a number or a numeric string (SDKWA mixes both in one answer).
 *
 * @example
 * ```ts
 * numberOf('60'); // 60
 * numberOf(0); // 0
 * numberOf('soon'); // undefined
 * ```
 */
export function numberOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
