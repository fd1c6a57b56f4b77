import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((match) => match[1] ?? '');
}

function reachableFrom(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const pending = [resolve(sourceRoot, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    const imports = importsOf(file);
    seen.set(file, imports);
    for (const specifier of imports) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

describe('@switchboard/sdkwa/webhook portability', () => {
  it('imports no node: module, directly or through its own files', () => {
    const graph = reachableFrom('webhook.ts');
    expect(graph.size).toBeGreaterThan(3);
    for (const [file, imports] of graph) {
      expect(
        imports.filter((specifier) => specifier.startsWith('node:')),
        file,
      ).toEqual([]);
    }
  });

  it('the main entry imports no node: module either', () => {
    for (const [file, imports] of reachableFrom('index.ts')) {
      expect(
        imports.filter((specifier) => specifier.startsWith('node:')),
        file,
      ).toEqual([]);
    }
  });
});
