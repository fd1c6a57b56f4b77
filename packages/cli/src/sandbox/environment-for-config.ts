import { findCatalogEntry, type MessengerConfig, providerEnvironmentVariable } from '@switchboard/core';

/**
 * The environment variables that express a config (`SWITCHBOARD_PROVIDER` plus each option's
 * variable from the provider catalog), for people who configure by environment. Options without a
 * variable are left out.
 *
 * @example
 * ```ts
 * environmentForConfig({ provider: 'whatsgate', options: { apiKey: 'k', whatsappId: 'w' } });
 * // { SWITCHBOARD_PROVIDER: 'whatsgate', WHATSGATE_API_KEY: 'k', WHATSGATE_WHATSAPP_ID: 'w' }
 * ```
 */
export function environmentForConfig(config: MessengerConfig): Record<string, string> {
  const environment: Record<string, string> = { [providerEnvironmentVariable]: config.provider };
  const options: Readonly<Record<string, unknown>> = { ...config.options };
  for (const spec of findCatalogEntry(config.provider)?.options ?? []) {
    const value = options[spec.name];
    if (spec.environmentVariable !== undefined && value !== undefined) {
      environment[spec.environmentVariable] = String(value);
    }
  }
  return environment;
}
