import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PackedPackage } from './pack-public-packages.js';
import { type CommandResult, runCommandOrThrow } from './run-command.js';
import { readManifest } from './workspace-packages.js';

/** How a scratch app installs: npm, pnpm with default settings, or pnpm with `hoist=false` (strict isolation). */
export type PackageManagerSetup = 'npm' | 'pnpm' | 'pnpm-isolated';

/** Options of {@link installScratchApp}. */
export interface ScratchAppOptions {
  setup: PackageManagerSetup;
  packages: readonly PackedPackage[];
  /** Also install the packages' optional peer dependencies (at the versions this workspace uses). */
  withOptionalPeers: boolean;
}

/** A fresh app outside the workspace with the tarballs installed. */
export interface ScratchApp {
  directory: string;
  setup: PackageManagerSetup;
  /** The optional peer dependencies that were installed. */
  optionalPeers: ReadonlySet<string>;
  /** How long the install took, for the report. */
  installMilliseconds: number;
  run(executable: string, argumentsList: readonly string[]): Promise<CommandResult>;
  remove(): void;
}

const packagingManifest = readManifest(new URL('../..', import.meta.url).pathname);

function workspaceVersion(name: string): string {
  const version = packagingManifest.devDependencies?.[name];
  if (version === undefined) throw new Error(`packaging/package.json must pin ${name} for the scratch apps`);
  return version;
}

function optionalPeersOf(packages: readonly PackedPackage[]): string[] {
  const names = packages.flatMap(({ manifest }) =>
    Object.entries(manifest.peerDependenciesMeta ?? {})
      .filter(([, meta]) => meta.optional === true)
      .map(([name]) => name),
  );
  return [...new Set(names)].sort();
}

/**
 * Creates an app in a temporary folder whose dependencies are every tarball (internal dependencies between the
 * packages pinned to the tarballs too, through overrides) plus `@types/node`, and installs it from the registry.
 */
export async function installScratchApp(options: ScratchAppOptions): Promise<ScratchApp> {
  const directory = mkdtempSync(join(tmpdir(), `switchboard-${options.setup}-app-`));
  const tarballSpecs = Object.fromEntries(
    options.packages.map(({ name, tarball }) => [name, `file:${tarball}`]),
  );
  const optionalPeers = options.withOptionalPeers ? optionalPeersOf(options.packages) : [];
  const dependencies: Record<string, string> = {
    ...tarballSpecs,
    '@types/node': workspaceVersion('@types/node'),
    ...Object.fromEntries(optionalPeers.map((name) => [name, workspaceVersion(name)])),
  };
  const manifest =
    options.setup === 'npm'
      ? // npm: an override of a direct dependency must reference it ($name).
        { overrides: Object.fromEntries(options.packages.map(({ name }) => [name, `$${name}`])) }
      : { pnpm: { overrides: tarballSpecs } };
  writeFileSync(
    join(directory, 'package.json'),
    `${JSON.stringify({ name: 'switchboard-scratch-app', private: true, type: 'module', dependencies, ...manifest }, null, 2)}\n`,
  );
  if (options.setup === 'pnpm-isolated') writeFileSync(join(directory, '.npmrc'), 'hoist=false\n');
  const run = (executable: string, argumentsList: readonly string[]) =>
    runCommandOrThrow(executable, argumentsList, { cwd: directory });
  const started = performance.now();
  if (options.setup === 'npm') await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);
  else await run('pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline']);
  return {
    directory,
    setup: options.setup,
    optionalPeers: new Set(optionalPeers),
    installMilliseconds: performance.now() - started,
    run,
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

/** Copies a file of `test/consumer/` into the app. */
export function copyConsumerFile(app: ScratchApp, name: string): string {
  const target = join(app.directory, name);
  cpSync(new URL(`../consumer/${name}`, import.meta.url), target);
  return target;
}
