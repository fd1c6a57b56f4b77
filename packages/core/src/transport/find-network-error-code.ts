const maximumDepth = 5;

/**
 * Runtimes that give no `code` (Deno wraps a `Deno.errors.ConnectionRefused`, Bun and Workers only
 * describe the failure) are recognised by error name or message, for the codes that decide whether
 * a send provably never left.
 */
const codesByName: Readonly<Record<string, string>> = {
  ConnectionRefused: 'ECONNREFUSED',
  AddrNotAvailable: 'EADDRNOTAVAIL',
};
const codesByMessage: ReadonlyArray<readonly [RegExp, string]> = [
  [/connection refused|os error 111\b/i, 'ECONNREFUSED'],
  [/dns error|failed to lookup address|name or service not known/i, 'ENOTFOUND'],
];

function codeFromDescription(name: unknown, message: unknown): string | undefined {
  if (typeof name === 'string' && codesByName[name] !== undefined) return codesByName[name];
  if (typeof message !== 'string') return undefined;
  return codesByMessage.find(([pattern]) => pattern.test(message))?.[1];
}

/**
 * Finds the system error code (`ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_CONNECT_TIMEOUT`, …) behind a
 * failed fetch. Fetch implementations wrap it: undici throws `TypeError('fetch failed')` whose `cause`
 * (sometimes an `AggregateError` of several addresses) has the `code`; Deno's and Bun's errors, which
 * carry no code, are read by name and message.
 */
export function findNetworkErrorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > maximumDepth) return undefined;
  const { code, cause, errors, name, message } = error as {
    code?: unknown;
    cause?: unknown;
    errors?: unknown;
    name?: unknown;
    message?: unknown;
  };
  if (typeof code === 'string' && code !== '') return code;
  const fromCause = findNetworkErrorCode(cause, depth + 1);
  if (fromCause !== undefined) return fromCause;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const fromInner = findNetworkErrorCode(inner, depth + 1);
      if (fromInner !== undefined) return fromInner;
    }
  }
  return codeFromDescription(name, message);
}
