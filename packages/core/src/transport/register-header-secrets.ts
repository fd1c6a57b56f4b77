import type { Redactor } from '../redaction/redactor.js';

const credentialHeaderPattern = /authorization|api[-_]?key|token|secret|password|cookie|session/i;

/**
 * Registers the values of credential headers (`Authorization`, `X-Api-Key`, `*-Token`, cookies, …)
 * in the redactor; for `Authorization: Bearer <token>` the bare token too. Other headers, such as
 * `Content-Type`, are left alone so redaction never rewrites ordinary text.
 */
export function registerHeaderSecrets(headers: Record<string, string> | undefined, redactor: Redactor): void {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!credentialHeaderPattern.test(name)) continue;
    redactor.add(value);
    const credentials = /^\s*[\w-]+\s+(\S.*)$/.exec(value)?.[1];
    if (credentials !== undefined) redactor.add(credentials.trim());
  }
}
