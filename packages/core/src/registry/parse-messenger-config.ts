import { type MessengerConfig, messengerConfigSchema } from './messenger-config.js';
import { parseConfigValue } from './parse-config-value.js';

/**
 * Checks that a value is a {@link MessengerConfig} (a strict object: `provider`, optional `module`
 * and `options`) and returns it, or throws an `invalid-request` `MessengerError` naming each bad field.
 */
export function parseMessengerConfig(input: unknown, source?: string): MessengerConfig {
  return parseConfigValue(messengerConfigSchema, input, describeSource('messenger config', source));
}

/** Appends where a config came from to its description, for error messages. */
export function describeSource(description: string, source: string | undefined): string {
  return source === undefined ? description : `${description} in ${source}`;
}
