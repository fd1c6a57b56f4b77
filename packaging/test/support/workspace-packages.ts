import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnvironment } from './child-environment.js';

/** A package of the workspace as its `package.json` describes it. */
export interface WorkspacePackage {
  name: string;
  version: string;
  directory: string;
  manifest: PackageManifest;
}

/** The fields of a `package.json` these checks read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  files?: string[];
  exports?: Record<string, unknown>;
  bin?: string | Record<string, string>;
  engines?: Record<string, string>;
  keywords?: string[];
  homepage?: string;
  bugs?: { url?: string } | string;
  repository?: { type?: string; url?: string; directory?: string } | string;
  publishConfig?: { access?: string; provenance?: boolean };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** The repository root (the folder that holds `pnpm-workspace.yaml`). */
export const repositoryRoot = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');

/** Reads a `package.json`. */
export function readManifest(directory: string): PackageManifest {
  return JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as PackageManifest;
}

/** Every package of the pnpm workspace that is published (not `private`), as pnpm lists them. */
export function listPublicPackages(): WorkspacePackage[] {
  const listed = JSON.parse(
    execFileSync('pnpm', ['ls', '--recursive', '--depth', '-1', '--json'], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: childEnvironment(),
    }),
  ) as Array<{ name: string; path: string; private?: boolean }>;
  return listed
    .filter((entry) => entry.private !== true)
    .map((entry) => {
      const manifest = readManifest(entry.path);
      return { name: manifest.name, version: manifest.version, directory: entry.path, manifest };
    })
    .sort((left, right) => left.name.localeCompare(right.name));
}

/** The import specifiers of every entry a manifest's `exports` declares (`pkg`, `pkg/sub`), JSON files excluded. */
export function entrySpecifiers(manifest: PackageManifest): string[] {
  const exportsField = manifest.exports;
  if (exportsField === undefined) return [manifest.name];
  return Object.keys(exportsField)
    .filter((key) => !key.endsWith('.json'))
    .map((key) => {
      if (key.includes('*'))
        throw new Error(`${manifest.name}: pattern export ${key} is not checked; list it`);
      return key === '.' ? manifest.name : `${manifest.name}${key.slice(1)}`;
    });
}
