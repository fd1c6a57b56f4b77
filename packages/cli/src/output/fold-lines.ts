/**
 * Folds multi-line text onto one line: each line break and the whitespace around it become one space.
 * A linear scan: a regular expression of whitespace runs around `\n` backtracks quadratically on long blank runs.
 *
 * @example
 * ```ts
 * foldLines('first  \n   second'); // 'first second'
 * ```
 */
export function foldLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  return lines
    .map((line, index) =>
      index === 0 ? line.trimEnd() : index === lines.length - 1 ? line.trimStart() : line.trim(),
    )
    .filter((line, index) => line !== '' || index === 0 || index === lines.length - 1)
    .join(' ');
}
