import type { Messenger, MessengerEvent } from '@switchboard/core';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { openMessenger } from '../config/open-messenger.js';
import { formatEvent } from '../listen/format-event.js';
import { pollInbox } from '../listen/poll-inbox.js';
import type { CliStreams } from '../output/cli-streams.js';
import { formatError } from '../output/format-error.js';
import type { Terminal } from '../output/terminal.js';
import { serveWebHandler } from '../webhook/serve-web-handler.js';
import { commandContext, integerFlag } from './command-context.js';

interface ListenFlags {
  port?: number;
  host: string;
  count?: number;
  timeout?: number;
  receiveTimeout: number;
}

function webhookHandler(messenger: Messenger, streams: CliStreams, onEvent: (event: MessengerEvent) => void) {
  return async (request: Request): Promise<Response> => {
    try {
      const parsed = await messenger.inbox.parseWebhook(request);
      for (const event of parsed.events) onEvent(event);
      return parsed.respond();
    } catch (error) {
      streams.stderr.write(`warning: rejected a webhook request: ${formatError(error)}\n`);
      const status = (error as { code?: unknown }).code === 'auth' ? 401 : 400;
      return Response.json({ error: formatError(error) }, { status });
    }
  };
}

function printer(terminal: Terminal) {
  return (event: MessengerEvent) => {
    if (terminal.json) terminal.print(JSON.stringify(event));
    else terminal.print(formatEvent(event));
  };
}

/**
 * Registers `switchboard listen`: prints incoming events as they arrive, by polling the provider's
 * queue (acknowledging each after it is printed) or, with `--port`, as a webhook server that verifies
 * and parses each request with `inbox.parseWebhook`. `--json` prints one JSON event per line.
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
    .action(async (options: ListenFlags, command: Command) => {
      const { flags, terminal } = commandContext(command, streams);
      const messenger = await openMessenger(flags, streams);
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const timer = options.timeout === undefined ? undefined : setTimeout(stop, options.timeout);
      let seen = 0;
      const print = printer(terminal);
      const onEvent = (event: MessengerEvent) => {
        print(event);
        seen += 1;
        if (options.count !== undefined && seen >= options.count) stop();
      };
      try {
        if (options.port === undefined) {
          terminal.note(
            `Waiting for events of ${messenger.provider} ${messenger.instanceId} by polling (Ctrl+C stops)`,
          );
          await pollInbox(messenger, {
            signal: controller.signal,
            receiveTimeoutMilliseconds: options.receiveTimeout,
            onEvent,
            onRetry: (error, delay) =>
              terminal.note(`receive failed (${formatError(error)}); retrying in ${delay} ms`),
          });
        } else {
          const server = await serveWebHandler(webhookHandler(messenger, streams, onEvent), {
            host: options.host,
            port: options.port,
          });
          terminal.print(
            terminal.json ? JSON.stringify({ listening: server.url }) : `listening on ${server.url}`,
          );
          await new Promise<void>((resolve) =>
            controller.signal.addEventListener('abort', () => resolve(), { once: true }),
          );
          await server.close();
        }
      } finally {
        if (timer !== undefined) clearTimeout(timer);
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
      if (options.count !== undefined && seen < options.count) {
        throw new CliError(`stopped after ${seen} of ${options.count} events`, 1);
      }
    });
}
