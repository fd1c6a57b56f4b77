import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providerCatalog } from '@switchboard/core';
import { describe, expect, it } from 'vitest';

const packagesRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function filesBelow(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

describe('every registered adapter proves itself', () => {
  it.each(Object.values(providerCatalog).map((entry) => [entry.name, entry.packageName]))(
    '%s runs the conformance suite in its tests',
    (_name, packageName) => {
      const testFolder = join(packagesRoot, packageName.replace('@switchboard/', ''), 'test');
      const runners = filesBelow(testFolder).filter(
        (file) =>
          file.endsWith('.test.ts') && readFileSync(file, 'utf8').includes('describeMessengerConformance('),
      );
      expect(runners, `${packageName} has no test calling describeMessengerConformance`).not.toEqual([]);
    },
  );
});
