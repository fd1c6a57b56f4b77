import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const registryFolder = fileURLToPath(new URL('../../src/registry/', import.meta.url));

describe('runtime boundary', () => {
  it('keeps node: imports out of the registry, except in its node/ folder', async () => {
    const files = (await readdir(registryFolder)).filter((name) => name.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const name of files) {
      const source = await readFile(join(registryFolder, name), 'utf8');
      if (/from\s+['"]node:|import\(\s*['"]node:/.test(source)) offenders.push(name);
    }
    expect(offenders).toEqual([]);
    const nodeLoader = await readFile(join(registryFolder, 'node', 'load-messenger-config-file.ts'), 'utf8');
    expect(nodeLoader).toMatch(/from 'node:fs\/promises'/);
  });

  it('keeps the catalog free of runtime imports', async () => {
    const source = await readFile(join(registryFolder, 'provider-catalog.ts'), 'utf8');
    const imports = source.split('\n').filter((line) => line.startsWith('import '));
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});
