import * as v from 'valibot';
import {
  configObjectMessage,
  configRecordSchema,
  type MessengerConfig,
  messengerConfigSchema,
} from './messenger-config.js';
import { parseConfigValue } from './parse-config-value.js';
import { describeSource } from './parse-messenger-config.js';

/**
 * The content of a config file: either one messenger (`{ "provider": …, "options": … }`) or, for
 * multi-tenant setups, several by name (`{ "messengers": { "shop": {…}, "support": {…} } }`).
 * Narrow on `kind`.
 */
export type MessengerConfigFile =
  | {
      /** The file holds one messenger's config. */
      readonly kind: 'single';
      /** That config, validated. */
      readonly config: MessengerConfig;
    }
  | {
      /** The file holds several messengers under `messengers`. */
      readonly kind: 'multiple';
      /** Each messenger's config by the name the file gives it, validated. */
      readonly messengers: Readonly<Record<string, MessengerConfig>>;
    };

const multipleSchema = buildMultipleSchema();

// @__NO_SIDE_EFFECTS__
function buildMultipleSchema() {
  return v.strictObject(
    {
      messengers: v.pipe(
        configRecordSchema,
        v.record(
          v.pipe(v.string(), v.minLength(1, 'is not a valid messenger name')),
          messengerConfigSchema,
          'must be an object',
        ),
        v.check((value) => Object.keys(value).length > 0, 'must name at least one messenger'),
      ),
    },
    configObjectMessage,
  );
}

/**
 * Validates the parsed JSON of a config file and tells which shape it has. A value with a
 * `messengers` field is a multi-messenger file; anything else must be one {@link MessengerConfig}.
 * Errors name the source and the field, such as
 * `Invalid messenger config file in /etc/switchboard.json: messengers.shop.provider is missing`.
 */
export function parseMessengerConfigFile(value: unknown, source?: string): MessengerConfigFile {
  const description = describeSource('messenger config file', source);
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'messengers')) {
    const { messengers } = parseConfigValue(multipleSchema, value, description);
    return { kind: 'multiple', messengers };
  }
  return { kind: 'single', config: parseConfigValue(messengerConfigSchema, value, description) };
}
