const datePattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * Moscow time, the offset Whatsgate's `event_date` and `date_add` are assumed to use (minutes east of UTC).
 */
export const moscowOffsetMinutes = 180;

function toUtcMilliseconds(date: string): number | undefined {
  const match = datePattern.exec(date.trim());
  if (match === null) return undefined;
  return Date.UTC(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    Number(match[4]),
    Number(match[5]),
    Number(match[6]),
  );
}

/**
 * Reads a Whatsgate `YYYY-MM-DD HH:MM:SS` date (server local time, `offsetMinutes` east of UTC) as
 * unix milliseconds; `undefined` when it does not look like one.
 */
export function parseWhatsgateDate(
  date: string | null | undefined,
  offsetMinutes: number,
): number | undefined {
  if (typeof date !== 'string') return undefined;
  const local = toUtcMilliseconds(date);
  return local === undefined ? undefined : local - offsetMinutes * 60_000;
}

/** Moves a Whatsgate date by whole seconds, keeping its format (no time zone involved). */
export function shiftWhatsgateDate(date: string, seconds: number): string | undefined {
  const local = toUtcMilliseconds(date);
  if (local === undefined) return undefined;
  return new Date(local + seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
}
