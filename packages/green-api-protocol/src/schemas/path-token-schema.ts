import * as v from 'valibot';

/**
 * The schema of a token that travels in a URL path (GREEN-API's `…/{method}/{apiTokenInstance}`,
 * the partner API's `…/{partnerToken}`): trimmed (a secret read from a file keeps no trailing newline),
 * then refused, without quoting it, when it is empty or holds a space, a control character, `/`, `?`,
 * `#` or `%`, which would change the URL or be dropped from it.
 */
export function pathTokenSchema(name: string) {
  return v.pipe(
    v.string(`${name} must be a string`),
    v.trim(),
    v.nonEmpty(`${name} must not be empty`),
    v.regex(/^[^\s\p{Cc}/?#%]+$/u, `${name} must not contain spaces, control characters, /, ?, # or %`),
  );
}
