#!/usr/bin/env node
// Builds the API reference (Markdown, docs/api/) of every public package and every subpath of its `exports`.
// Each package is converted with its own tsconfig, then the projects are merged into one reference.
// Any TypeDoc warning fails the build: fix the doc comment or the export, never silence it here.
//   node docs/scripts/build-api-reference.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Application, Converter, ReflectionKind, TSConfigReader } from 'typedoc';
import { findPublicEntryPoints } from './public-entry-points.mjs';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const output = join(repositoryRoot, 'docs/api');

/** Every exported declaration and every member of an exported interface, class, enum or type literal must be documented. */
const requiredToBeDocumented = [
  'Enum',
  'EnumMember',
  'Variable',
  'Function',
  'Class',
  'Interface',
  'Property',
  'Method',
  'Accessor',
  'TypeAlias',
];

/** Validation shared by every step: the required documentation is there, every link and reference resolves. */
const strictness = {
  requiredToBeDocumented,
  excludeInternal: true,
  excludePrivate: true,
  validation: {
    notExported: true,
    invalidLink: true,
    invalidPath: true,
    rewrittenLink: true,
    notDocumented: true,
    unusedMergeModuleWith: true,
  },
  // Node's own types (inherited by the CLI's stream types) link to Node's documentation.
  externalSymbolLinkMappings: { '@types/node': { '*': 'https://nodejs.org/docs/latest-v20.x/api/' } },
  treatWarningsAsErrors: false, // counted below, after every warning has been printed
};

/**
 * Source links: from the `repository` field when the packages declare one (at the commit being documented),
 * otherwise none. Never guessed from a git remote, which is a local path in a fresh clone.
 */
function sourceLinkOptions(manifest) {
  const url = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  const match = url === undefined ? null : /github\.com[/:]([^/]+\/[^/.]+)/.exec(url);
  if (match === null) return { disableSources: true };
  let revision = 'main';
  try {
    revision = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repositoryRoot, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout (an unpacked tarball): link to main
  }
  return {
    disableGit: true,
    gitRevision: revision,
    sourceLinkTemplate: `https://github.com/${match[1]}/blob/{gitRevision}/{path}#L{line}`,
  };
}

/**
 * valibot's inferred object types carry each property's declaration twice (the same node, joined by the
 * intersection in valibot's `MarkOptional`), so TypeDoc warns that a schema entry documented once "has
 * multiple declarations with a comment". That warning is dropped when every location it lists is the same.
 */
function ignoreRepeatedDeclarationWarnings(logger) {
  const { warn, info } = logger;
  let held;
  const release = () => {
    if (held !== undefined) warn.apply(logger, held);
    held = undefined;
  };
  logger.warn = (...args) => {
    release();
    if (String(args[0]).includes('has multiple declarations with a comment')) held = args;
    else warn.apply(logger, args);
  };
  logger.info = (text) => {
    if (held !== undefined && /^The comments for .* are declared at:/.test(String(text))) {
      const locations = String(text)
        .split('\n')
        .slice(1)
        .map((line) => line.trim());
      if (new Set(locations).size === 1) {
        held = undefined;
        return;
      }
    }
    release();
    info.call(logger, text);
  };
}

let warnings = 0;
const scratch = mkdtempSync(join(tmpdir(), 'switchboard-api-'));
try {
  const packages = findPublicEntryPoints(repositoryRoot);
  // turbo rebuilds (and caches) the reference by the docs workspace's dependencies: each package must be one.
  const { devDependencies = {} } = JSON.parse(
    readFileSync(join(repositoryRoot, 'docs/package.json'), 'utf8'),
  );
  const undeclared = packages
    .filter((item) => devDependencies[item.name] === undefined)
    .map((item) => item.name);
  if (undeclared.length > 0)
    throw new Error(
      `add ${undeclared.map((name) => `"${name}": "workspace:^"`).join(', ')} to docs/package.json devDependencies`,
    );
  // Each package sees the others' sources rather than their built declarations, so a reference or a
  // {@link} to another package's symbol resolves to that symbol's page once the projects are merged.
  const paths = Object.fromEntries(
    packages.flatMap((item) => item.entries.map((entry) => [entry.specifier, [entry.source]])),
  );
  const projectFiles = [];
  for (const { name, directory, manifest, entries } of packages) {
    const application = await Application.bootstrapWithPlugins(
      {
        ...strictness,
        ...sourceLinkOptions(manifest),
        name,
        entryPoints: entries.map((entry) => entry.source),
        entryPointStrategy: 'resolve',
        alwaysCreateEntryPointModule: true,
        tsconfig: join(directory, 'tsconfig.json'),
        skipErrorChecking: true, // the typecheck task checks the sources; this reads them
        compilerOptions: { paths },
        packagesRequiringDocumentation: [name],
        externalPattern: packages.filter((item) => item.name !== name).map((item) => `${item.directory}/**`),
        readme: join(directory, 'README.md'),
        basePath: repositoryRoot,
      },
      [new TSConfigReader()],
    );
    ignoreRepeatedDeclarationWarnings(application.logger);
    // Name each module by the specifier a user imports (`@switchboard/core/node`), not by its file name.
    const specifierOf = new Map(entries.map((entry) => [entry.source, entry.specifier]));
    application.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
      if (!reflection.kindOf(ReflectionKind.Module)) return;
      const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
      const specifier = file === undefined ? undefined : specifierOf.get(resolve(file));
      if (specifier !== undefined) reflection.name = specifier;
    });
    console.log(`${name}: ${entries.map((entry) => relative(directory, entry.source)).join(', ')}`);
    const project = await application.convert();
    if (project === undefined) throw new Error(`${name}: TypeDoc could not convert the package`);
    // Links into the other packages are checked once merged, where they resolve.
    application.options.setValue('validation', { ...strictness.validation, invalidLink: false });
    application.validate(project);
    warnings += application.logger.warningCount + application.logger.errorCount;
    const file = join(scratch, `${name.replace(/\W+/g, '-')}.json`);
    await application.generateJson(project, file);
    projectFiles.push(file);
  }

  const merged = await Application.bootstrapWithPlugins(
    {
      ...strictness,
      name: 'Switchboard API reference',
      entryPoints: projectFiles,
      entryPointStrategy: 'merge',
      // Documentation and exports were checked per package; here the links between packages are.
      validation: { ...strictness.validation, notDocumented: false, notExported: false },
      plugin: ['typedoc-plugin-markdown'],
      readme: 'none',
      out: output,
      cleanOutputDir: true,
    },
    [],
  );
  const project = await merged.convert();
  if (project === undefined) throw new Error('TypeDoc could not merge the packages');
  merged.validate(project);
  await merged.generateOutputs(project);
  warnings += merged.logger.warningCount + merged.logger.errorCount;
  console.log(
    `API reference of ${packages.length} packages (${packages.reduce((sum, item) => sum + item.entries.length, 0)} entries) in ${relative(repositoryRoot, output)}/: ${warnings} warnings`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (warnings > 0) process.exit(1);
