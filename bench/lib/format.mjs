/**
 * Prints a section title and an aligned plain-text table (first column left-aligned, the rest right).
 *
 * @example
 * printTable('Send cost', ['client', 'µs/send'], [['node:http', '101.2']]);
 */
export function printTable(title, header, rows, notes = []) {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => String(row[column]).length)),
  );
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  console.log(`\n## ${title}\n`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
  for (const note of notes) console.log(`  ${note}`);
}

/**
 * Formats a number with a fixed count of decimals and thousands separators.
 *
 * @example
 * formatNumber(12345.678, 1); // '12,345.7'
 */
export function formatNumber(value, decimals = 0) {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * Formats a ratio such as `1.42x`.
 *
 * @example
 * formatRatio(1.4213); // '1.42x'
 */
export function formatRatio(value) {
  return `${value.toFixed(2)}x`;
}

/**
 * Formats a byte count in KB (1 KB = 1,024 bytes) with one decimal.
 *
 * @example
 * formatKilobytes(20480); // '20.0 KB'
 */
export function formatKilobytes(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The first line of an error's message, for a table cell.
 *
 * @example
 * describeError(new Error('boom\nstack')); // 'boom'
 */
export function describeError(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 80);
}
