/**
 * Reserved path prefix under which every emulator exposes its control API over HTTP (JSON in, JSON out).
 * Requests under this prefix are never subject to injected faults.
 *
 * @example
 * await fetch(`${emulator.url}${controlPrefix}/instances`);
 */
export const controlPrefix = '/__control';
