/**
 * The answer Whatsgate expects to a webhook: HTTP 200 with `{"result":"OK","id":<event id>}` (the id
 * of the event being acknowledged; left out when the body had none).
 *
 * @example
 * ```ts
 * return createWhatsgateWebhookResponse(18); // body {"result":"OK","id":18}
 * ```
 */
export function createWhatsgateWebhookResponse(eventId?: number): Response {
  const body = eventId === undefined ? { result: 'OK' } : { result: 'OK', id: eventId };
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
