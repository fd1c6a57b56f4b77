import {
  type CapabilityPath,
  type OperationGroup,
  type OperationName,
  operationNames,
} from './operation-names.js';

/**
 * What a messenger can do, declared in code by its adapter: every operation of every group is `true`
 * or `false`. Read it with `messenger.supports(path)`; the conformance suite proves that declared
 * operations work and undeclared ones reject with `UnsupportedError`, and the docs' feature matrix is
 * generated from these objects.
 */
export type Capabilities = {
  readonly [Group in OperationGroup]: Readonly<Record<OperationName<Group>, boolean>>;
};

/** What an adapter declares: only the operations it supports, every other one is `false`. */
export type CapabilityDeclaration = {
  readonly [Group in OperationGroup]?: Readonly<Partial<Record<OperationName<Group>, boolean>>>;
};

/**
 * Completes a declaration into full {@link Capabilities}, with `false` for everything not declared.
 * Throws when the declaration names an operation the contract does not have (a typo in an adapter).
 *
 * @example
 * ```ts
 * const capabilities = createCapabilities({ send: { text: true, media: true } });
 * capabilities.send.poll; // false
 * ```
 */
export function createCapabilities(declaration: CapabilityDeclaration): Capabilities {
  const capabilities: Record<string, Record<string, boolean>> = {};
  for (const group of Object.keys(operationNames) as OperationGroup[]) {
    const declared: Record<string, boolean | undefined> = declaration[group] ?? {};
    const known: readonly string[] = operationNames[group];
    for (const name of Object.keys(declared)) {
      if (!known.includes(name)) throw new TypeError(`Unknown capability ${group}.${name}`);
    }
    capabilities[group] = Object.fromEntries(known.map((name) => [name, declared[name] === true]));
  }
  return capabilities as Capabilities;
}

/** Reads one capability by its dotted path. */
export function supportsCapability(capabilities: Capabilities, path: CapabilityPath): boolean {
  const dot = path.indexOf('.');
  const group = capabilities[path.slice(0, dot) as OperationGroup] as Record<string, boolean> | undefined;
  return group?.[path.slice(dot + 1)] === true;
}

/** Lists every capability path with its value, in contract order (used for feature matrices). */
export function listCapabilities(capabilities: Capabilities): Array<[CapabilityPath, boolean]> {
  return (Object.keys(operationNames) as OperationGroup[]).flatMap((group) =>
    operationNames[group].map((name): [CapabilityPath, boolean] => [
      `${group}.${name}` as CapabilityPath,
      (capabilities[group] as Record<string, boolean>)[name] === true,
    ]),
  );
}
