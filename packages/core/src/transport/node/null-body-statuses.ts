/**
 * Statuses whose responses never have a body (`fetch` gives them none).
 *
 * @example
 * ```ts
 * nullBodyStatuses.has(204); // true
 * ```
 */
export const nullBodyStatuses: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);
