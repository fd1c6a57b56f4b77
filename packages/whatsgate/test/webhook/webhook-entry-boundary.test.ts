import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const importPattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function bareImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const pending = [resolve(sourceRoot, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of code.matchAll(importPattern)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else specifiers.add(specifier);
    }
  }
  return specifiers;
}

describe('module boundaries', () => {
  it('the webhook subpath imports only core (contract and adapter kit) and valibot (no node:, no transport client)', () => {
    expect([...bareImports('webhook.ts')].sort()).toEqual([
      '@switchboard/core',
      '@switchboard/core/adapter',
      'valibot',
    ]);
  });

  it('the main entry imports no node: module and no other adapter', () => {
    expect([...bareImports('index.ts')].sort()).toEqual([
      '@switchboard/core',
      '@switchboard/core/adapter',
      'valibot',
    ]);
  });
});
