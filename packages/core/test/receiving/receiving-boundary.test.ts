import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const receivingRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/receiving');
const specifierPattern = /^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm;

function specifiersOf(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) =>
      [...readFileSync(join(folder, name), 'utf8').matchAll(specifierPattern)].map((match) => match[1] ?? ''),
    );
}

describe('receiving module boundaries', () => {
  it('keeps the portable receiving code free of node: modules and of Node-only folders', () => {
    const specifiers = specifiersOf(receivingRoot);
    expect(specifiers.length).toBeGreaterThan(20);
    expect(
      specifiers.filter((specifier) => specifier.startsWith('node:') || specifier.includes('/node/')),
    ).toEqual([]);
    expect(specifiers.filter((specifier) => !specifier.startsWith('.'))).toEqual([]);
  });

  it('puts the Node listener behind the node folder', () => {
    expect(specifiersOf(join(receivingRoot, 'node')).some((specifier) => specifier === 'node:http')).toBe(
      true,
    );
  });
});
