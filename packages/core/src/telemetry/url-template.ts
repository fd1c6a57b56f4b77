import type { Redactor } from '../redaction/redactor.js';

const placeholder = '{id}';
const namePattern = /^[A-Za-z_-]{1,64}$/;
const versionPattern = /^v\d{1,2}$/;

/**
 * The low-cardinality template of a request path (`url.template`): a segment that is a plain word
 * (`sendMessage`, `api`, `v1`) is kept, every other one (instance ids, tokens, chat ids, receipt and
 * message ids, anything the redactor knows) becomes `{id}`. So no secret or identifier reaches a span.
 *
 * @example
 * ```ts
 * urlTemplate('/waInstance1101000001/sendMessage/0123abcd', redactor); // '/{id}/sendMessage/{id}'
 * ```
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
