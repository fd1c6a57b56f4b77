import * as v from 'valibot';
import { MessengerError } from '../errors/messenger-error.js';
import { createRetryOptionsSchema } from '../options/retry-options-schema.js';
import type { Redactor } from '../redaction/redactor.js';
import type { HttpTransportOptions } from './http-transport.js';

const maximumTimeout = 2_147_483_647;
const isFunction = (value: unknown): boolean => typeof value === 'function';

const optionsSchema = buildOptionsSchema();

// @__NO_SIDE_EFFECTS__
function buildOptionsSchema() {
  const httpUrl = v.pipe(
    v.string(),
    v.url(),
    v.check((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL'),
  );
  const aFunction = <Value>() => v.optional(v.custom<Value>(isFunction, 'must be a function'));
  return v.strictObject({
    provider: v.pipe(v.string(), v.minLength(1)),
    baseUrl: httpUrl,
    mediaUrl: v.optional(httpUrl),
    timeoutMilliseconds: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(maximumTimeout), v.minValue(1)),
    ),
    maxResponseBytes: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
    ),
    retry: v.optional(createRetryOptionsSchema({ limit: 20, milliseconds: maximumTimeout })),
    fetch: aFunction<typeof fetch>(),
    headers: v.optional(v.record(v.string(), v.string())),
    redactor: v.optional(
      v.custom<NonNullable<HttpTransportOptions['redactor']>>(
        (value) => typeof value === 'object' && value !== null && 'redact' in value && 'add' in value,
        'must be a Redactor',
      ),
    ),
    onLog: aFunction<NonNullable<HttpTransportOptions['onLog']>>(),
    detectError: aFunction<NonNullable<HttpTransportOptions['detectError']>>(),
  });
}

/**
 * Validates {@link HttpTransportOptions} strictly (unknown keys, wrong types, bad URLs or timeouts are
 * rejected) and throws an `invalid-request` {@link MessengerError} naming every offending option
 * (the message is redacted with the given redactor).
 *
 * @example
 * ```ts
 * resolveHttpTransportOptions({ provider: 'green-api', baseUrl: 'not a url' }, new Redactor());
 * // throws: Invalid HTTP transport options: baseUrl: Invalid URL: Received "not a url"
 * ```
 */
export function resolveHttpTransportOptions(
  options: HttpTransportOptions,
  redactor: Redactor,
): HttpTransportOptions {
  const result = v.safeParse(optionsSchema, options);
  if (result.success) return options;
  const fields = result.issues.map((issue) => v.getDotPath(issue) ?? '(root)');
  const problems = result.issues.map((issue, index) => `${fields[index]}: ${redactor.redact(issue.message)}`);
  const provider = typeof options?.provider === 'string' ? options.provider : undefined;
  throw new MessengerError(`Invalid HTTP transport options: ${problems.join('; ')}`, {
    code: 'invalid-request',
    provider,
    details: { fields },
  });
}
