import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { runCommandOrThrow } from './run-command.js';
import { listPublicPackages, type WorkspacePackage } from './workspace-packages.js';

/** A public package and the tarball `pnpm pack` made of it. */
export interface PackedPackage extends WorkspacePackage {
  tarball: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packedPackages: PackedPackage[];
  }
}

/**
 * vitest global setup: packs every public package of the workspace once (`pnpm pack`, which rewrites `workspace:`
 * ranges as publishing does) and hands the tarballs to every test file.
 */
export default async function packPublicPackages(project: TestProject): Promise<() => void> {
  const destination = mkdtempSync(join(tmpdir(), 'switchboard-tarballs-'));
  const packed: PackedPackage[] = [];
  for (const workspacePackage of listPublicPackages()) {
    const result = await runCommandOrThrow('pnpm', ['pack', '--pack-destination', destination], {
      cwd: workspacePackage.directory,
    });
    const tarball = result.stdout.trim().split('\n').at(-1)?.trim() ?? '';
    if (!tarball.endsWith('.tgz'))
      throw new Error(`pnpm pack printed no tarball for ${workspacePackage.name}`);
    packed.push({ ...workspacePackage, tarball });
  }
  project.provide('packedPackages', packed);
  return () => rmSync(destination, { recursive: true, force: true });
}
