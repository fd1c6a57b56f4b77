/**
 * `text` without the run of `character` at its end, in one linear scan (the regular expression
 * `/x+$/` backtracks quadratically on a long run that is not at the end).
 *
 * @example
 * ```ts
 * trimTrailing('https://api.example.com///', '/'); // 'https://api.example.com'
 * ```
 */
export function trimTrailing(text: string, character: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === character) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
