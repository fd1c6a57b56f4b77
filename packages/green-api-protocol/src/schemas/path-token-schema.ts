import * as v from 'valibot';

/**
 * The schema of a token that travels in a URL path (GREEN-API's `…/{method}/{apiTokenInstance}`,
 * the partner API's `…/{partnerToken}`): trimmed (a secret read from a file keeps no trailing newline),
 * then checked, without quoting it, against the characters such tokens are made of (GREEN-API issues
 * hex): letters, digits, `-`, `_`, `.` and `~`, the characters a URL path segment carries unchanged,
 * with at least one letter or digit (so `.` and `..` can never become a dot segment). Anything else
 * (`/`, `\`, `%`, quotes, brackets, spaces) would change the URL, be rewritten by the URL parser into
 * a form the Redactor does not know, or move the request to another endpoint.
 *
 * @example
 * ```ts
 * v.parse(pathTokenSchema('partnerToken'), ' d75b3a66374942c5b3c0\n'); // 'd75b3a66374942c5b3c0'
 * ```
 */
export function pathTokenSchema(name: string) {
  return v.pipe(
    v.string(`${name} must be a string`),
    v.trim(),
    v.nonEmpty(`${name} must not be empty`),
    v.regex(/^[\w.~-]+$/, `${name} may contain only letters, digits, -, _, . and ~`),
    v.regex(/[a-z\d]/i, `${name} must contain a letter or a digit`),
  );
}
