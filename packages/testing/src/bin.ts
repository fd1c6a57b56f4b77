#!/usr/bin/env node
/**
 * `switchboard-emulators [--green-api-port N] [--green-api-media-port N] [--sdkwa-port N] [--whatsgate-port N]`:
 * runs every provider emulator on 127.0.0.1 until interrupted and prints their URLs and credentials.
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';
import { describeEmulators, startAllEmulators } from './start-all-emulators.js';

const portOption = { type: 'string' } as const;
const { values } = parseArgs({
  options: {
    'green-api-port': portOption,
    'green-api-media-port': portOption,
    'sdkwa-port': portOption,
    'whatsgate-port': portOption,
  },
});

function port(name: keyof typeof values): number | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65_535) {
    process.stderr.write(`--${name} must be a port number between 0 and 65535, got ${value}\n`);
    process.exit(2);
  }
  return parsed;
}

const emulators = await startAllEmulators({
  greenApi: port('green-api-port'),
  greenApiMedia: port('green-api-media-port'),
  sdkwa: port('sdkwa-port'),
  whatsgate: port('whatsgate-port'),
});
process.stdout.write(describeEmulators(emulators));
process.stdout.write('Press Ctrl+C to stop.\n');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulators.close().then(() => process.exit(0)));
}
