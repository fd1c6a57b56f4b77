/**
 * A webhook delivery as a `POST` `Request` whose body may be a stream (it sets `duplex: 'half'`, which Node's
 * fetch requires for one), for feeding a webhook parser hostile bodies and headers.
 *
 * @example
 * ```ts
 * const request = createWebhookRequest('http://127.0.0.1/hook', createEndlessStream().stream, { authorization: 'Bearer secret' });
 * ```
 */
export function createWebhookRequest(
  url: string,
  body: BodyInit,
  headers: Record<string, string> = {},
): Request {
  return new Request(url, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);
}
