/**
 * The query parameter that carries the webhook secret unless configured otherwise.
 *
 * @example
 * ```ts
 * new URL(url).searchParams.get(defaultWebhookSecretParameter);
 * ```
 */
export const defaultWebhookSecretParameter = 'secret';

/**
 * Adds the shared webhook secret to a callback URL as a query parameter (Whatsgate signs nothing, so
 * the secret travels in the URL it calls). An empty URL stays empty (it turns the webhook off), and
 * a URL that already has the parameter is returned unchanged.
 *
 * @example
 * ```ts
 * createWhatsgateWebhookUrl('https://example.com/hooks/whatsgate', 's3cr3t');
 * // 'https://example.com/hooks/whatsgate?secret=s3cr3t'
 * ```
 */
export function createWhatsgateWebhookUrl(
  url: string,
  secret: string | undefined,
  parameter: string = defaultWebhookSecretParameter,
): string {
  if (url === '' || secret === undefined || secret === '') return url;
  const target = new URL(url);
  if (target.searchParams.has(parameter)) return url;
  target.searchParams.set(parameter, secret);
  return target.toString();
}

/**
 * Splits a callback URL into the URL without its secret parameter and the secret, the reverse of
 * {@link createWhatsgateWebhookUrl}.
 *
 * @example
 * ```ts
 * splitWhatsgateWebhookUrl('https://example.com/hook?secret=s3cr3t'); // { url: 'https://example.com/hook', secret: 's3cr3t' }
 * ```
 */
export function splitWhatsgateWebhookUrl(
  url: string,
  parameter: string = defaultWebhookSecretParameter,
): {
  /** The callback URL without the secret parameter. */
  url: string;
  /** The secret, when the URL carried one. */
  secret?: string;
} {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { url };
  }
  const secret = target.searchParams.get(parameter);
  if (secret === null) return { url };
  target.searchParams.delete(parameter);
  return { url: target.toString(), secret };
}
