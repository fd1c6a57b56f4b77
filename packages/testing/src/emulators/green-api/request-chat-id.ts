import { type EmulatorRequest, isMultipartForm, parseMultipartForm } from '../shared/index.js';

/**
 * The `chatId` a request is about, read leniently (JSON or multipart), for quota accounting; `undefined` when the
 * body has none or cannot be parsed.
 */
export function requestChatId(request: EmulatorRequest): string | undefined {
  const contentType = request.headers['content-type'] ?? '';
  try {
    if (isMultipartForm(contentType)) return parseMultipartForm(request.body, contentType).field('chatId');
    if (request.body.length === 0) return undefined;
    const parsed = request.json();
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const chatId = (parsed as Record<string, unknown>).chatId;
    return typeof chatId === 'string' ? chatId : undefined;
  } catch {
    return undefined;
  }
}
