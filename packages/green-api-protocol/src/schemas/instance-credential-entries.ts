import * as v from 'valibot';
import { pathTokenSchema } from './path-token-schema.js';

/**
 * The strict-schema entries of a GREEN-API-family instance's credentials: `idInstance` (digits, given
 * as a string or an integer, output as a trimmed string) and `apiTokenInstance` (see
 * {@link pathTokenSchema}).
 */
export const instanceCredentialEntries = buildInstanceCredentialEntries();

// @__NO_SIDE_EFFECTS__
function buildInstanceCredentialEntries() {
  return {
    // Instance id, digits only, as a string or an integer.
    idInstance: v.pipe(
      v.union([v.string(), v.pipe(v.number(), v.integer())], 'idInstance must be a string or an integer'),
      v.transform((value) => String(value).trim()),
      v.regex(/^\d+$/, 'idInstance must contain only digits'),
    ),
    // The instance's API token. A secret.
    apiTokenInstance: pathTokenSchema('apiTokenInstance'),
  };
}
