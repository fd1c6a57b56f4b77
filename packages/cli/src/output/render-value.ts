import { omitRaw } from './omit-raw.js';
import { renderTable } from './render-table.js';

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Renders an operation's result for people: an object as a two-column table of its fields, an array
 * of objects as a table with one column per field, `empty` for an empty array, anything else as text.
 * The provider's `raw` payload is left out.
 *
 * @example
 * ```ts
 * renderValue([{ chatId: '1@c.us', name: 'Ann' }], 'no contacts');
 * // chatId  name
 * // ──────  ────
 * // 1@c.us  Ann
 * ```
 */
export function renderValue(value: unknown, empty = 'none'): string {
  const printable = omitRaw(value);
  if (Array.isArray(printable)) {
    if (printable.length === 0) return empty;
    const records = printable.map(
      (item): Record<string, unknown> =>
        item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : { value: item },
    );
    const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
    return renderTable(
      [columns],
      records.map((record) => columns.map((column) => cell(record[column]))),
    );
  }
  if (printable !== null && typeof printable === 'object' && !(printable instanceof Uint8Array)) {
    const rows = Object.entries(printable as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, cell(field)]);
    return rows.length === 0 ? empty : renderTable([], rows);
  }
  return cell(printable) || empty;
}
