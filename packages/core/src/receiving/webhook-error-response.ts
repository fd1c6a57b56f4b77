/**
 * A JSON error answer of the webhook handler: `{"error":{"code":…,"message":…}}` with the given status.
 *
 * @example
 * ```ts
 * return webhookErrorResponse(413, 'payload-too-large', 'The body is larger than 1000000 bytes');
 * ```
 */
export function webhookErrorResponse(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ error: { code, message } }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}
