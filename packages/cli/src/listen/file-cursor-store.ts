import { readFile, rename, writeFile } from 'node:fs/promises';
import type { WhatsgateCursor, WhatsgateCursorStore } from '@switchboard/whatsgate';
import { CliError } from '../cli-error.js';

function isCursor(value: unknown): value is WhatsgateCursor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { eventId, eventDate } = value as Record<string, unknown>;
  return Number.isInteger(eventId) && (eventDate === undefined || typeof eventDate === 'string');
}

async function readCursors(path: string): Promise<Record<string, WhatsgateCursor>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return {};
    throw new CliError(`cannot read --cursor-file ${path} (${String(code ?? 'unreadable')})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every(isCursor)
  ) {
    throw new CliError(
      `--cursor-file ${path} is not a Whatsgate cursor file ({"<WhatsappID>": {"eventId": 18, "eventDate": "2025-06-01 12:00:00"}})`,
    );
  }
  return { ...(parsed as Record<string, WhatsgateCursor>) };
}

/**
 * Loads a Whatsgate `cursorStore` kept in a JSON file, `{"<WhatsappID>": {"eventId": …, "eventDate": …}}`,
 * so that `switchboard listen` resumes after the last acknowledged event instead of reading the
 * session's whole history again (Whatsgate deletes no event). A missing file is an empty store,
 * created at the first acknowledgement; every change is written at once (to a temporary file, then
 * renamed). Rejects with a `CliError` when the file cannot be read or is not a cursor file.
 *
 * @example
 * ```ts
 * const cursorStore = await loadFileCursorStore('whatsgate-cursor.json');
 * const messenger = createWhatsgateMessenger({ apiKey, whatsappId, cursorStore });
 * ```
 */
export async function loadFileCursorStore(path: string): Promise<WhatsgateCursorStore> {
  const cursors = await readCursors(path);
  let writing: Promise<void> = Promise.resolve();
  return {
    get: (sessionId) => (Object.hasOwn(cursors, sessionId) ? cursors[sessionId] : undefined),
    set: (sessionId, cursor) => {
      cursors[sessionId] = { ...cursor };
      const text = `${JSON.stringify(cursors, null, 2)}\n`;
      const temporary = `${path}.${process.pid}.tmp`;
      writing = writing
        .catch(() => undefined)
        .then(async () => {
          await writeFile(temporary, text);
          await rename(temporary, path);
        });
      return writing;
    },
  };
}
