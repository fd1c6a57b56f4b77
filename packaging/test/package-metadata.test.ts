import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readManifest, repositoryRoot } from './support/workspace-packages.js';

const packages = inject('packedPackages');
const root = readManifest(repositoryRoot);
const rootLicense = readFileSync(join(repositoryRoot, 'LICENSE'), 'utf8');
const packaging = readManifest(new URL('..', import.meta.url).pathname);
const internalNames = new Set(packages.map(({ name }) => name));

it('finds the public packages of the workspace', () => {
  expect(packages.length).toBeGreaterThan(0);
});

it('depends on every public package, so the build runs before these checks', () => {
  const missing = [...internalNames].filter((name) => packaging.devDependencies?.[name] === undefined);
  expect(missing, 'add them to packaging/package.json devDependencies as "workspace:^"').toEqual([]);
});

describe.each(packages.map((packed) => [packed.name, packed] as const))('%s', (_name, packed) => {
  const { manifest } = packed;

  it('ships the MIT LICENSE of the repository', () => {
    expect(manifest.license).toBe('MIT');
    expect(manifest.files).toContain('LICENSE');
    expect(existsSync(join(packed.directory, 'LICENSE'))).toBe(true);
    expect(readFileSync(join(packed.directory, 'LICENSE'), 'utf8')).toBe(rootLicense);
    const listing = execFileSync('tar', ['-tzf', packed.tarball], { encoding: 'utf8' }).split('\n');
    expect(listing).toContain('package/LICENSE');
  });

  it('names its repository, homepage, issues and keywords', () => {
    const directory = relative(repositoryRoot, packed.directory);
    const rootRepository = root.repository as { url: string };
    expect(manifest.repository).toEqual({ type: 'git', url: rootRepository.url, directory });
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs).toEqual(root.bugs);
    expect(manifest.keywords?.length ?? 0).toBeGreaterThan(0);
  });

  it('publishes publicly with provenance, for the Node versions of the repository', () => {
    expect(manifest.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(manifest.engines?.node).toBe(root.engines?.node);
  });

  it('takes sibling packages as peers with a range that admits their next minor releases', () => {
    for (const [name, range] of Object.entries(manifest.peerDependencies ?? {})) {
      if (!internalNames.has(name)) continue;
      expect(range.replace(/^workspace:/, ''), `${name} peer range`).toMatch(/^>=\d+\.\d+\.\d+ <\d+\.0\.0$/);
    }
  });
});
