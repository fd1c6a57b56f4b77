import {
  ignoredOptionEntries,
  parseRedactedOptions,
  Redactor,
  secretText,
  transportOptionsEntries,
  trimTrailing,
} from '@switchboard/core/adapter';
import { messengerOnlyOptionNames, pathTokenSchema } from '@switchboard/green-api-protocol';
import * as v from 'valibot';
import { greenApiPartnerUrl } from '../green-api-default-urls.js';
import type { GreenApiTransportOptions } from '../green-api-messenger-options.js';

/**
 * Options of {@link createGreenApiSessionManager}.
 *
 * @example
 * ```ts
 * const options: GreenApiSessionManagerOptions = { partnerToken: process.env.GREEN_API_PARTNER_TOKEN! };
 * ```
 */
export interface GreenApiSessionManagerOptions extends GreenApiTransportOptions {
  /** The partner token; a secret that never appears in errors or logs. */
  partnerToken: string;
  /** The partner API host, `https://api.green-api.com` by default. */
  partnerUrl?: string | undefined;
  /** The instance API host of the messengers opened from listed or created sessions (derived per instance when left out). */
  apiUrl?: string | undefined;
  /** The upload host of those messengers (derived like `apiUrl` when left out). */
  mediaUrl?: string | undefined;
}

/**
 * The strict valibot schema of {@link GreenApiSessionManagerOptions}. Messenger options that may share
 * a config (`network`, `idInstance`, …) are accepted and ignored, so one config can build both.
 *
 * @example
 * ```ts
 * v.safeParse(greenApiSessionManagerOptionsSchema, { partnerToken: 'token' }).success; // true
 * ```
 */
export const greenApiSessionManagerOptionsSchema = buildGreenApiSessionManagerOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildGreenApiSessionManagerOptionsSchema() {
  return v.strictObject({
    partnerToken: pathTokenSchema('partnerToken'),
    partnerUrl: v.optional(
      v.pipe(
        v.string(),
        v.url('partnerUrl must be an absolute URL'),
        v.transform((url) => trimTrailing(url, '/')),
      ),
    ),
    apiUrl: v.optional(v.pipe(v.string(), v.url('apiUrl must be an absolute URL'))),
    mediaUrl: v.optional(v.pipe(v.string(), v.url('mediaUrl must be an absolute URL'))),
    ...ignoredOptionEntries(...messengerOnlyOptionNames),
    ...transportOptionsEntries,
  });
}

/**
 * Validates the session manager options (`invalid-request` naming the option) and registers the
 * partner token in a new redactor.
 *
 * @example
 * ```ts
 * const { partnerUrl, redactor } = resolveGreenApiSessionManagerOptions({ partnerToken });
 * ```
 */
export function resolveGreenApiSessionManagerOptions(options: GreenApiSessionManagerOptions) {
  const input = (
    typeof options === 'object' && options !== null ? options : {}
  ) as Partial<GreenApiSessionManagerOptions>;
  const redactor = new Redactor([
    secretText(input.partnerToken),
    secretText((input as { apiTokenInstance?: unknown }).apiTokenInstance),
  ]);
  const parsed = parseRedactedOptions(
    greenApiSessionManagerOptionsSchema,
    options,
    'GREEN-API session manager options',
    redactor,
  );
  return { ...parsed, partnerUrl: parsed.partnerUrl ?? greenApiPartnerUrl, redactor };
}
