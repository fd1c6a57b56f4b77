import type { MessengerError } from '../errors/messenger-error.js';
import { createConfigError } from './create-config-error.js';
import {
  isModuleMissing,
  isPackageSpecifier,
  type ModuleImporter,
  packageNameOf,
  runtimeModuleImporter,
} from './module-importer.js';
import { findCatalogEntry } from './provider-catalog.js';
import type { ProviderDefinition } from './provider-definition.js';
import { providerFromModule } from './provider-from-module.js';

/**
 * Resolved providers per importer and module, so that creating thousands of messengers imports and
 * checks each package once. Part of the registry's state; a failed import is forgotten so that it can
 * be retried.
 */
const definitionCache = new WeakMap<ModuleImporter, Map<string, Promise<ProviderDefinition>>>();

/**
 * Imports the module that implements a provider (once per importer, specifier and provider name) and
 * returns its checked {@link ProviderDefinition}. A module that is not installed becomes an
 * `invalid-request` error that says what to install.
 *
 * @example
 * ```ts
 * const definition = await loadProviderDefinition('@switchboard/green-api', 'green-api', runtimeModuleImporter);
 * ```
 */
export function loadProviderDefinition(
  specifier: string,
  providerName: string,
  importer: ModuleImporter,
): Promise<ProviderDefinition> {
  const fromCore = importer === runtimeModuleImporter;
  let definitions = definitionCache.get(importer);
  if (definitions === undefined) {
    definitions = new Map();
    definitionCache.set(importer, definitions);
  }
  const key = `${providerName}\n${specifier}`;
  const cached = definitions.get(key);
  if (cached !== undefined) return cached;
  const loading = new Promise<unknown>((resolve) => resolve(importer(specifier))).then(
    (namespace) => providerFromModule(namespace, providerName, specifier),
    (error: unknown) => {
      throw describeImportFailure(error, specifier, providerName, fromCore);
    },
  );
  definitions.set(key, loading);
  loading.catch(() => {
    if (definitions.get(key) === loading) definitions.delete(key);
  });
  return loading;
}

function describeImportFailure(
  error: unknown,
  specifier: string,
  providerName: string,
  fromCore: boolean,
): MessengerError {
  const context = { provider: providerName, cause: error, details: { module: specifier } };
  if (!isModuleMissing(error, specifier)) {
    const reason = error instanceof Error ? error.message : String(error);
    return createConfigError(
      `Importing ${specifier} for provider ${providerName} failed: ${reason}`,
      context,
    );
  }
  if (!isPackageSpecifier(specifier)) {
    return createConfigError(`Module ${specifier} of provider ${providerName} was not found`, context);
  }
  const packageName = packageNameOf(specifier);
  const install = `pnpm add ${packageName} (or npm install ${packageName})`;
  const unreachable = fromCore
    ? `. If it is installed but @switchboard/core cannot resolve it (pnpm with hoist=false), pass { importModule: (specifier) => import(specifier) } to createMessenger`
    : '';
  if (findCatalogEntry(providerName)?.packageName === packageName) {
    return createConfigError(
      `The ${providerName} provider needs the package ${packageName}, which could not be imported: run ${install}${unreachable}`,
      context,
    );
  }
  return createConfigError(
    `Module ${specifier} of provider ${providerName} is not installed: run ${install}. If it is installed, pass importModule to createMessenger so that it resolves from your code`,
    context,
  );
}
