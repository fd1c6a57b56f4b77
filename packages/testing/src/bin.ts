#!/usr/bin/env node
/**
 * `switchboard-emulators [--green-api-port N] [--green-api-media-port N] [--sdkwa-port N] [--whatsgate-port N]`:
 * runs every provider emulator on 127.0.0.1 until interrupted and prints their URLs and credentials. Errors are
 * one line on stderr, as `switchboard` prints them: exit 2 for a usage error, 1 when the emulators cannot start.
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeEmulators, type EmulatorPorts, startAllEmulators } from './start-all-emulators.js';

const portFlags = {
  'green-api-port': 'greenApi',
  'green-api-media-port': 'greenApiMedia',
  'sdkwa-port': 'sdkwa',
  'whatsgate-port': 'whatsgate',
} as const satisfies Record<string, keyof EmulatorPorts>;

const help = `Usage: switchboard-emulators [options]

Runs the GREEN-API, SDKWA and Whatsgate emulators on 127.0.0.1 until Ctrl+C and prints their URLs and credentials.

Options:
  --green-api-port <port>        GREEN-API API port (default: a free one)
  --green-api-media-port <port>  GREEN-API media (upload) port (default: a free one)
  --sdkwa-port <port>            SDKWA port (default: a free one)
  --whatsgate-port <port>        Whatsgate port (default: a free one)
  -V, --version                  print the version
  -h, --help                     print this help

Exit codes: 0 stopped by Ctrl+C, 1 the emulators could not start (a port in use), 2 usage error.
`;

/** A usage error: one line, exit 2. */
class UsageError extends Error {}

function fail(message: string, exitCode: number): never {
  const line = message
    .split('\n')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
  process.stderr.write(`error: ${line}\n`);
  process.exit(exitCode);
}

function parsePorts(args: string[]): EmulatorPorts | 'help' | 'version' {
  let values: Record<string, string | boolean | undefined>;
  const options = {
    ...Object.fromEntries(Object.keys(portFlags).map((flag) => [flag, { type: 'string' as const }])),
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
  } as const;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message} (see --help)`);
  }
  if (values.help === true) return 'help';
  if (values.version === true) return 'version';
  const ports: EmulatorPorts = {};
  for (const [flag, key] of Object.entries(portFlags)) {
    const value = values[flag];
    if (typeof value !== 'string') continue;
    const port = Number(value);
    if (!/^\d+$/.test(value) || port > 65_535) {
      throw new UsageError(`--${flag} must be a port number between 0 and 65535, got ${value}`);
    }
    ports[key] = port;
  }
  return ports;
}

function describeStartFailure(error: unknown, ports: EmulatorPorts): string {
  const { code, port } = error as { code?: unknown; port?: unknown };
  if (code === 'EADDRINUSE' || code === 'EACCES') {
    const flag = Object.entries(portFlags).find(([, key]) => ports[key] === port)?.[0];
    const reason = code === 'EADDRINUSE' ? 'is in use' : 'needs privileges';
    return `port ${String(port)}${flag === undefined ? '' : ` (--${flag})`} ${reason}; pick another or leave the flag out for a free one`;
  }
  return `the emulators could not start: ${error instanceof Error ? error.message : String(error)}`;
}

let request: EmulatorPorts | 'help' | 'version';
try {
  request = parsePorts(process.argv.slice(2));
} catch (error) {
  fail((error as Error).message, error instanceof UsageError ? 2 : 1);
}
if (request === 'help') {
  process.stdout.write(help);
} else if (request === 'version') {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  process.stdout.write(`${manifest.version}\n`);
} else {
  const ports = request;
  const emulators = await startAllEmulators(ports).catch((error: unknown) =>
    fail(describeStartFailure(error, ports), 1),
  );
  process.stdout.write(describeEmulators(emulators));
  process.stdout.write('Press Ctrl+C to stop.\n');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void emulators.close().then(() => process.exit(0)));
  }
}
