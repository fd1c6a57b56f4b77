import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConfigError } from '../create-config-error.js';
import type { MessengerConfig } from '../messenger-config.js';
import { type MessengerConfigFile, parseMessengerConfigFile } from '../messenger-config-file.js';

/** A config file as loaded from disk: its shape (see `MessengerConfigFile`) and its absolute path. */
export type LoadedMessengerConfigFile = MessengerConfigFile & {
  /** The file's absolute path, as read. */
  readonly path: string;
};

/**
 * Reads a JSON config file (Node only; import it from `@switchboard/core/node`) holding one messenger
 * or `{ "messengers": { name: config } }`, and validates it. A `module` that starts with `./` or `../`
 * is resolved against the file's folder into a `file:` URL. Every problem is an `invalid-request`
 * `MessengerError` naming the file and the field (or the JSON line and column); file contents never
 * appear in messages.
 */
export async function loadMessengerConfigFile(path: string): Promise<LoadedMessengerConfigFile> {
  const absolutePath = resolve(path);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    const reason = (error as { code?: unknown }).code ?? 'unreadable';
    throw createConfigError(`Cannot read messenger config file ${absolutePath} (${String(reason)})`, {
      cause: error,
      details: { path: absolutePath },
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw createConfigError(
      `Messenger config file ${absolutePath} is not valid JSON${describeJsonErrorPosition(text, error)}`,
      { details: { path: absolutePath } },
    );
  }
  const file = parseMessengerConfigFile(value, absolutePath);
  const folder = dirname(absolutePath);
  if (file.kind === 'single')
    return { ...file, path: absolutePath, config: resolveModulePath(file.config, folder) };
  const messengers = Object.fromEntries(
    Object.entries(file.messengers).map(([name, config]) => [name, resolveModulePath(config, folder)]),
  );
  return { ...file, path: absolutePath, messengers };
}

function resolveModulePath(config: MessengerConfig, folder: string): MessengerConfig {
  if (config.module === undefined || !/^\.\.?[/\\]/.test(config.module)) return config;
  return { ...config, module: pathToFileURL(resolve(folder, config.module)).href };
}

/** Locates a JSON syntax error without quoting the text, which may hold secrets. */
function describeJsonErrorPosition(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position)).split('\n');
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}
