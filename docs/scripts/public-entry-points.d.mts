/** One import specifier of a public package and the source file behind it. */
export interface PublicEntryPoint {
  /** `@scope/name` or `@scope/name/subpath`. */
  specifier: string;
  /** The absolute path of the source file under `src/`. */
  source: string;
}

/** A public package of the workspace and its entries, in `exports` order. */
export interface PublicPackage {
  /** The package name. */
  name: string;
  /** The package folder. */
  directory: string;
  /** Its parsed package.json. */
  manifest: Record<string, unknown>;
  /** Every subpath of its `exports` that names a module. */
  entries: PublicEntryPoint[];
}

/** Every non-private package under `packages/` with the source file behind each subpath of its `exports`. */
export function findPublicEntryPoints(repositoryRoot: string): PublicPackage[];
