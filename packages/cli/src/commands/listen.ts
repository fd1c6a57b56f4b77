import {
  createWebhookHandler,
  type Messenger,
  type MessengerConfig,
  type MessengerEvent,
  type PollingErrorContext,
  startPolling,
  type WebhookErrorContext,
} from '@switchboard/core';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { openMessenger } from '../config/open-messenger.js';
import { requireCapability } from '../contract/contract-calls.js';
import { loadFileCursorStore } from '../listen/file-cursor-store.js';
import { formatEvent } from '../listen/format-event.js';
import type { CliStreams } from '../output/cli-streams.js';
import { formatError } from '../output/format-error.js';
import { serveWebHandler } from '../webhook/serve-web-handler.js';
import { commandContext, integerFlag } from './command-context.js';

interface ListenFlags {
  port?: number;
  host: string;
  count?: number;
  timeout?: number;
  receiveTimeout: number;
  cursorFile?: string;
}

interface Listening {
  messenger: Messenger;
  streams: CliStreams;
  signal: AbortSignal;
  /** Prints the event; throws once stopping, so the event is left for redelivery. */
  onEvent(event: MessengerEvent): void;
  warn(message: string): void;
}

/** Polls with core's poller (acknowledging after printing); rejects with a fatal receive error. */
async function listenByPolling(listening: Listening, receiveTimeoutMilliseconds: number): Promise<void> {
  let fatal: unknown;
  const poller = startPolling(listening.messenger, {
    onEvent: (event) => listening.onEvent(event),
    onDeadLetter: (event, error) => listening.warn(`gave up on event ${event.id}: ${formatError(error)}`),
    signal: listening.signal,
    receiveTimeoutMilliseconds,
    idleDelayMilliseconds: Math.min(1_000, receiveTimeoutMilliseconds),
    onError: (error: unknown, context: PollingErrorContext) => {
      if (!context.willRetry) fatal ??= error;
      else listening.warn(`${context.phase} failed, retrying: ${formatError(error)}`);
    },
  });
  await poller.done;
  if (fatal !== undefined) throw fatal;
}

/** Serves core's webhook handler (verification, dedup, the provider's answer) until stopped. */
async function listenByWebhook(
  listening: Listening,
  host: string,
  port: number,
  announce: (url: string) => void,
) {
  const handler = createWebhookHandler({
    messengers: [listening.messenger],
    onEvent: (event) => listening.onEvent(event),
    onError: (error: unknown, context: WebhookErrorContext) =>
      listening.warn(`rejected a webhook request (${context.phase}): ${formatError(error)}`),
  });
  const server = await serveWebHandler(handler, { host, port });
  announce(server.url);
  await new Promise<void>((resolve) => {
    if (listening.signal.aborted) resolve();
    listening.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
}

/** Checks `--cursor-file` against the command and the provider, and gives Whatsgate its file store. */
function cursorFilePreparation(
  options: ListenFlags,
): ((config: MessengerConfig) => Promise<MessengerConfig>) | undefined {
  const path = options.cursorFile;
  if (path === undefined) return undefined;
  if (options.port !== undefined) {
    throw new CliError('--cursor-file is for polling: webhooks have no read position to keep', 2);
  }
  return async (config) => {
    if (config.provider !== 'whatsgate') {
      throw new CliError(
        `--cursor-file works only with whatsgate (${config.provider} keeps its queue on the server)`,
        2,
      );
    }
    const cursorStore = await loadFileCursorStore(path);
    return { ...config, options: { ...config.options, cursorStore } };
  };
}

/**
 * Registers `switchboard listen`: prints incoming events as they arrive, by polling with core's
 * `startPolling` (each event acknowledged after it is printed) or, with `--port`, as a webhook server
 * built with core's `createWebhookHandler` (secret verified, duplicates dropped, answered in the
 * provider's shape). `--json` prints one JSON event per line. Whatsgate keeps no server-side queue:
 * `--cursor-file` keeps its read position in a file, so the next run resumes after it.
 *
 * @example
 * ```ts
 * registerListenCommand(program, processStreams());
 * // switchboard listen --count 1 --json
 * // switchboard listen --port 8080
 * ```
 */
export function registerListenCommand(program: Command, streams: CliStreams): void {
  program
    .command('listen')
    .description('print incoming events, by polling or (with --port) as a webhook server')
    .option(
      '--port <port>',
      'receive webhooks on this port instead of polling (0 picks one)',
      integerFlag('--port', 0, 65_535),
    )
    .option('--host <host>', 'the address the webhook server listens on', '127.0.0.1')
    .option('--count <n>', 'stop after this many events', integerFlag('--count', 1, 1_000_000))
    .option('--timeout <milliseconds>', 'stop after this long', integerFlag('--timeout', 1, 86_400_000))
    .option(
      '--receive-timeout <milliseconds>',
      'long-poll length of each receive',
      integerFlag('--receive-timeout', 1, 600_000),
      20_000,
    )
    .option(
      '--cursor-file <path>',
      'Whatsgate only: keep the read position in this JSON file, so the next run resumes after it',
    )
    .action(async (options: ListenFlags, command: Command) => {
      const { flags, terminal } = commandContext(command, streams);
      const messenger = await openMessenger(flags, streams, cursorFilePreparation(options));
      if (options.port === undefined) {
        requireCapability(messenger, 'inbox.receive');
        requireCapability(messenger, 'inbox.ack');
      } else requireCapability(messenger, 'inbox.parseWebhook');
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let timedOut = false;
      const timer =
        options.timeout === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              stop();
            }, options.timeout);
      let seen = 0;
      const listening: Listening = {
        messenger,
        streams,
        signal: controller.signal,
        onEvent: (event) => {
          // Once stopping, an event still arriving is refused, so the provider redelivers it later.
          if (controller.signal.aborted)
            throw new CliError('listen is stopping; the event is left for redelivery');
          terminal.print(terminal.json ? JSON.stringify(event) : formatEvent(event));
          seen += 1;
          if (options.count !== undefined && seen >= options.count) stop();
        },
        warn: (message) => streams.stderr.write(`warning: ${message}\n`),
      };
      try {
        if (options.port === undefined) {
          terminal.note(
            `Waiting for events of ${messenger.provider} ${messenger.instanceId} by polling (Ctrl+C stops)`,
          );
          await listenByPolling(listening, options.receiveTimeout);
        } else {
          await listenByWebhook(listening, options.host, options.port, (url) =>
            terminal.print(terminal.json ? JSON.stringify({ listening: url }) : `listening on ${url}`),
          );
        }
      } finally {
        if (timer !== undefined) clearTimeout(timer);
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      if (options.count !== undefined && seen < options.count) {
        const stopped = `stopped after ${seen} of ${options.count} events`;
        if (timedOut) throw new CliError(`${stopped}: --timeout ended`, { code: 'timeout' });
        throw new CliError(stopped);
      }
    });
}
