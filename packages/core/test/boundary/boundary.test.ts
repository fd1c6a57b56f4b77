import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
// Static imports/exports at the start of a line, and dynamic imports of a literal specifier.
const importPattern =
  /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

const commentPattern = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

/** Every module reachable from an entry file, with the bare specifiers it imports. */
function collectImports(entry: string): { files: Set<string>; specifiers: Set<string> } {
  const files = new Set<string>();
  const specifiers = new Set<string>();
  const pending = [resolve(sourceRoot, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8').replace(commentPattern, '');
    for (const match of code.matchAll(importPattern)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else specifiers.add(specifier);
    }
  }
  return { files, specifiers };
}

describe('module boundaries', () => {
  it("core's main entry imports no node: module and no adapter", () => {
    const { files, specifiers } = collectImports('index.ts');
    expect(files.size).toBeGreaterThan(20);
    expect([...specifiers].filter((specifier) => specifier.startsWith('node:'))).toEqual([]);
    expect([...specifiers].filter((specifier) => specifier.startsWith('@switchboard/'))).toEqual([]);
    // Its only dependencies are valibot and ky (the HTTP client, itself portable).
    expect([...specifiers].filter((specifier) => specifier !== 'valibot' && specifier !== 'ky')).toEqual([]);
  });

  it('keeps Node-only code behind the node subpath', () => {
    const { specifiers } = collectImports('node.ts');
    expect([...specifiers].some((specifier) => specifier.startsWith('node:'))).toBe(true);
  });
});
