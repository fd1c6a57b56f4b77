// biome-ignore lint/suspicious/noControlCharactersInRegex: matches ANSI colour sequences on purpose.
const ansiPattern = /\u001b\[[0-9;]*m/g;

/**
 * The width a string takes in a terminal: its length without ANSI colour sequences.
 *
 * @example
 * ```ts
 * visibleWidth('\u001b[32mok\u001b[39m'); // 2
 * ```
 */
export function visibleWidth(text: string): number {
  return [...text.replace(ansiPattern, '')].length;
}

/**
 * Renders rows as an aligned text table: header rows, a rule, then the body (no rule without header
 * rows). Cells may hold ANSI colours; widths are measured without them.
 *
 * @example
 * ```ts
 * renderTable([['step', 'green-api']], [['send-text', 'ok']]);
 * // step       green-api
 * // ─────────  ─────────
 * // send-text  ok
 * ```
 */
export function renderTable(headerRows: readonly string[][], bodyRows: readonly string[][]): string {
  const rows = [...headerRows, ...bodyRows];
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => visibleWidth(row[column] ?? ''))),
  );
  const line = (row: readonly string[]) =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return cell + ' '.repeat(width - visibleWidth(cell));
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  const head = headerRows.length === 0 ? [] : [...headerRows.map(line), rule];
  return [...head, ...bodyRows.map(line)].join('\n');
}
