/**
 * Whether a webhook answer acknowledges the event: HTTP 200 with JSON `{"result":"OK","id":<event id>}` (§4).
 *
 * @example
 * isWhatsgateWebhookAcknowledged(200, '{"result":"OK","id":18}', 18); // true
 */
export function isWhatsgateWebhookAcknowledged(status: number, text: string, eventId: number): boolean {
  if (status !== 200) return false;
  try {
    const answer = JSON.parse(text) as unknown;
    if (typeof answer !== 'object' || answer === null) return false;
    const { result, id } = answer as { result?: unknown; id?: unknown };
    return result === 'OK' && String(id) === String(eventId);
  } catch {
    return false;
  }
}
