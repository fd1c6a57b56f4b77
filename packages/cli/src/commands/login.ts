import type { Messenger, SessionState } from '@switchboard/core';
import { type Command, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { openMessenger } from '../config/open-messenger.js';
import type { CliStreams } from '../output/cli-streams.js';
import { promptLine } from '../output/prompt-line.js';
import { renderQrCode } from '../output/render-qr-code.js';
import type { Terminal } from '../output/terminal.js';
import { waitUntil } from '../wait-until.js';
import { commandContext, integerFlag } from './command-context.js';

interface LoginFlags {
  method: 'qr' | 'pairing-code' | 'sms' | 'voice';
  phone?: string;
  code?: string;
  password?: string;
  timeout: number;
  interval: number;
}

interface LoginRun {
  messenger: Messenger;
  terminal: Terminal;
  streams: CliStreams;
  options: LoginFlags;
}

/** QR drawings go to stdout, or to stderr with `--json` so stdout stays one JSON document. */
function show(run: LoginRun, text: string): void {
  if (run.terminal.json) run.streams.stderr.write(`${text}\n`);
  else run.terminal.print(text);
}

async function waitForAuthorized(
  run: LoginRun,
  message: string,
  onPoll?: () => Promise<void>,
): Promise<void> {
  await run.terminal.progress(message, () =>
    waitUntil(
      async () => {
        const state = await run.messenger.session.getState();
        if (state === 'authorized') return true;
        if (state === 'blocked' || state === 'suspended') throw new CliError(`the account is ${state}`, 1);
        await onPoll?.();
        return undefined;
      },
      {
        what: 'the login to complete',
        timeoutMilliseconds: run.options.timeout,
        intervalMilliseconds: run.options.interval,
      },
    ),
  );
}

async function loginByQrCode(run: LoginRun): Promise<void> {
  let shown = '';
  const refresh = async () => {
    const qr = await run.messenger.session.getQrCode();
    if (qr.status === 'authorized') return;
    const key = `${qr.value ?? ''}${qr.imageBase64 ?? ''}${qr.link ?? ''}`;
    if (key === shown) return;
    shown = key;
    const rendered = renderQrCode(qr);
    show(run, 'Scan this QR code in the app: Settings → Linked devices → Link a device');
    if (rendered.drawing !== undefined) show(run, rendered.drawing);
    if (rendered.note !== undefined) show(run, rendered.note);
  };
  await refresh();
  await waitForAuthorized(run, 'Waiting for the QR code to be scanned', refresh);
}

async function loginByPairingCode(run: LoginRun, phone: string): Promise<void> {
  const code = await run.messenger.session.requestPairingCode({ phone });
  show(run, `Enter this code on the phone (Linked devices → Link with phone number): ${code}`);
  await waitForAuthorized(run, 'Waiting for the code to be entered on the phone');
}

async function loginByCode(run: LoginRun, phone: string, channel: 'sms' | 'voice'): Promise<void> {
  const { messenger, options, streams } = run;
  await run.terminal.progress(`Requesting a code by ${channel}`, () =>
    messenger.session.requestCode({ phone, channel }),
  );
  const code =
    options.code ??
    (await promptLine(streams, { message: `The code you received by ${channel}`, flag: '--code' }));
  let state: SessionState = await messenger.session.confirmCode(code);
  if (state === 'pending-password') {
    const password =
      options.password ??
      (await promptLine(streams, { message: 'The two-factor password', flag: '--password', secret: true }));
    state = await messenger.session.confirmPassword(password);
  }
  if (state !== 'authorized') await waitForAuthorized(run, 'Waiting for the login to complete');
}

/**
 * Registers `switchboard login`: links the account by QR code (drawn in the terminal, redrawn when it
 * changes), by pairing code, or by a code sent by SMS or voice (asked for, or given with `--code`),
 * then waits until the account is authorized.
 *
 * @example
 * ```ts
 * registerLoginCommand(program, processStreams());
 * // switchboard login
 * // switchboard login --method sms --phone +79001234567
 * ```
 */
export function registerLoginCommand(program: Command, streams: CliStreams): void {
  program
    .command('login')
    .description('link the account: QR code, pairing code, or a code by SMS or voice')
    .addOption(
      new Option('--method <method>', 'how to log in')
        .choices(['qr', 'pairing-code', 'sms', 'voice'])
        .default('qr'),
    )
    .option('--phone <phone>', 'the phone number (pairing code, SMS and voice)')
    .option('--code <code>', 'the code received by SMS or voice (asked for when missing)')
    .option('--password <password>', 'the two-factor password, when the account has one')
    .option(
      '--timeout <milliseconds>',
      'how long to wait for the login',
      integerFlag('--timeout', 1, 3_600_000),
      120_000,
    )
    .option(
      '--interval <milliseconds>',
      'how often to check the state',
      integerFlag('--interval', 10, 60_000),
      1_000,
    )
    .action(async (options: LoginFlags, command: Command) => {
      const { flags, terminal } = commandContext(command, streams);
      if (options.method !== 'qr' && options.phone === undefined) {
        throw new CliError(`--method ${options.method} needs --phone <phone>`, 2);
      }
      const messenger = await openMessenger(flags, streams);
      const run: LoginRun = { messenger, terminal, streams, options };
      const before = await messenger.session.getState();
      if (before !== 'authorized') {
        if (options.method === 'qr') await loginByQrCode(run);
        else if (options.method === 'pairing-code') await loginByPairingCode(run, options.phone!);
        else await loginByCode(run, options.phone!, options.method);
      }
      if (terminal.json)
        terminal.printJson({ state: 'authorized', alreadyAuthorized: before === 'authorized' });
      else
        terminal.print(before === 'authorized' ? 'already authorized' : terminal.colors.green('authorized'));
    });
}
