/**
 * Draws a QR module grid (`true` = dark) with a quiet zone, two module rows per text line, for a
 * terminal with a dark background: light modules are drawn as blocks, so the code reads with dark
 * modules on a light field, as phone cameras expect.
 *
 * @example
 * ```ts
 * console.log(renderModuleMatrix(encode('https://example.com').data));
 * ```
 */
export function renderModuleMatrix(modules: readonly (readonly boolean[])[], quietZone = 2): string {
  const size = modules.length + quietZone * 2;
  const isLight = (row: number, column: number): boolean => {
    const value = modules[row - quietZone]?.[column - quietZone];
    return value !== true;
  };
  const lines: string[] = [];
  for (let row = 0; row < size; row += 2) {
    let line = '';
    for (let column = 0; column < size; column += 1) {
      const upper = isLight(row, column);
      const lower = row + 1 < size ? isLight(row + 1, column) : false;
      line += upper && lower ? '█' : upper ? '▀' : lower ? '▄' : ' ';
    }
    lines.push(line);
  }
  return lines.join('\n');
}
