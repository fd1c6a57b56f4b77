export { createCatalogProviderDefinition } from './create-catalog-provider-definition.js';
export { createMessenger } from './create-messenger.js';
export { createSessionManager } from './create-session-manager.js';
export { loadProviderOptionSpecs } from './load-provider-option-specs.js';
export { type MessengerConfigLayer, mergeMessengerConfig } from './merge-messenger-config.js';
export { type MessengerConfig, messengerConfigSchema } from './messenger-config.js';
export { type MessengerConfigFile, parseMessengerConfigFile } from './messenger-config-file.js';
export { type ModuleImporter, runtimeModuleImporter } from './module-importer.js';
export { parseMessengerConfig } from './parse-messenger-config.js';
export { parseProviderDefinition } from './parse-provider-definition.js';
export type { ProviderResolutionOptions } from './prepare-provider.js';
export {
  type CatalogProviderName,
  findCatalogEntry,
  type ProviderCatalogEntry,
  providerCatalog,
  transportOptionSpecs,
} from './provider-catalog.js';
export type { ProviderDefinition, ProviderOptions } from './provider-definition.js';
export {
  isOptionRequired,
  type ProviderOptionSpec,
  type ProviderOptionType,
  type ProviderPurpose,
} from './provider-option-spec.js';
export {
  findRegisteredProvider,
  listProviders,
  registerProvider,
  unregisterProvider,
} from './provider-registry.js';
export {
  providerEnvironmentVariable,
  providerModuleEnvironmentVariable,
  readMessengerConfigFromEnvironment,
} from './read-messenger-config-from-environment.js';
export { validateProviderOptions } from './validate-provider-options.js';
