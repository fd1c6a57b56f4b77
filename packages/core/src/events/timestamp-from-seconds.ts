const largestDateMilliseconds = 8.64e15;
const millisecondsThreshold = 100_000_000_000;

/**
 * Reads a provider's unix timestamp (seconds, or milliseconds when it is already that large) as unix
 * milliseconds; `undefined` for anything that is not a finite number giving a valid date, so that a
 * hostile `1e308` never reaches `new Date(...)` in an application.
 */
export function timestampFromSeconds(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) return undefined;
  const milliseconds = number > millisecondsThreshold ? number : number * 1000;
  return milliseconds <= largestDateMilliseconds ? Math.trunc(milliseconds) : undefined;
}
