/**
 * Imports a module by specifier, like `import(specifier)`. Pass your own to `createMessenger` so that
 * packages resolve from your code instead of from `@switchboard/core` (needed for third-party
 * packages under pnpm's strict layout), or to supply modules in a bundle.
 */
export type ModuleImporter = (specifier: string) => Promise<unknown>;

/** The default {@link ModuleImporter}: the runtime's own dynamic `import()`, left alone by bundlers. */
export const runtimeModuleImporter: ModuleImporter = (specifier) =>
  import(/* @vite-ignore */ /* webpackIgnore: true */ specifier);

const missingModulePattern =
  /(?:cannot find (?:package|module)|module not found|relative import path|import)\s+['"]([^'"]+)['"]/i;

/**
 * Tells whether an import error means that the module itself is absent (not installed, no such file),
 * as opposed to the module failing while it loads (a syntax error, one of its own dependencies
 * missing). Understands the messages of Node, Bun and Deno.
 */
export function isModuleMissing(error: unknown, specifier: string): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const missing = missingModulePattern.exec(message)?.[1];
  if (missing === undefined) return false;
  if (missing === specifier) return true;
  return isPackageSpecifier(specifier)
    ? missing === packageNameOf(specifier)
    : missing === filePathOf(specifier);
}

/**
 * Tells whether a module specifier is a bare package name (`switchboard-acme`, `@acme/switchboard`)
 * rather than a URL or a path.
 */
export function isPackageSpecifier(specifier: string): boolean {
  return !isUrlSpecifier(specifier) && !/^[./\\]/.test(specifier);
}

/** Tells whether a module specifier is a URL (`file:`, `https:`, `data:` …). */
export function isUrlSpecifier(specifier: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(specifier);
}

/** The package a bare specifier belongs to, without a subpath. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function filePathOf(specifier: string): string | undefined {
  if (!specifier.startsWith('file:')) return undefined;
  try {
    return decodeURIComponent(new URL(specifier).pathname);
  } catch {
    return undefined;
  }
}
