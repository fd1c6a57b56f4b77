import type { Redactor } from '../redaction/redactor.js';

const placeholder = '{id}';
const namePattern = /^[A-Za-z_-]{1,64}$/;
const versionPattern = /^v\d{1,2}$/;

/**
 * The low-cardinality `url.template` of a path: plain words kept, every other segment `{id}`, so no secret
 * reaches a span.
 */
export function urlTemplate(pathname: string, redactor: Redactor): string {
  return pathname
    .split('/')
    .map((segment) =>
      segment === '' ||
      ((namePattern.test(segment) || versionPattern.test(segment)) && redactor.redact(segment) === segment)
        ? segment
        : placeholder,
    )
    .join('/');
}
