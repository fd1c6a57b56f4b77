import type { Messenger, QrCode, SessionState } from '@switchboard/core';
import { type Command, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { openMessenger } from '../config/open-messenger.js';
import { callContract } from '../contract/contract-calls.js';
import { parsePhone } from '../input/parse-phone.js';
import type { CliStreams } from '../output/cli-streams.js';
import { promptLine } from '../output/prompt-line.js';
import { renderQrCode } from '../output/render-qr-code.js';
import { saveQrImage } from '../output/save-qr-image.js';
import type { Terminal } from '../output/terminal.js';
import { waitUntil } from '../wait-until.js';
import { commandContext, integerFlag } from './command-context.js';

type CodeChannel = 'sms' | 'voice' | 'app';

interface LoginFlags {
  method: 'qr' | 'pairing-code' | CodeChannel;
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
  /** Whether the user can be asked for a code or password (stdin and stderr are terminals). */
  canPrompt: boolean;
}

/** What a login run ended with: authorized, or waiting for a code or password given in another run. */
type LoginOutcome =
  | { state: 'authorized' }
  | { state: 'code-requested'; channel: CodeChannel; phone: string }
  | { state: 'pending-password' };

/** Messages for the user go to stdout, or to stderr with `--json` so stdout stays one JSON document. */
function show(run: LoginRun, text: string): void {
  if (run.terminal.json) run.streams.stderr.write(`${text}\n`);
  else run.terminal.print(text);
}

async function waitForAuthorized(
  run: LoginRun,
  message: string,
  onPoll?: () => Promise<void>,
): Promise<LoginOutcome> {
  await run.terminal.progress(message, () =>
    waitUntil(
      async () => {
        const state = await callContract(run.messenger, 'session.getState', undefined);
        if (state === 'authorized') return true;
        if (state === 'blocked' || state === 'suspended') throw new CliError(`the account is ${state}`);
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
  return { state: 'authorized' };
}

/** What identifies the QR code shown: its payload when it can be read, else the image and link as given. */
function qrKey(qr: QrCode): string {
  if (qr.status === 'authorized') return 'authorized';
  return renderQrCode(qr).payload ?? `${qr.link ?? ''}\n${qr.imageBase64 ?? ''}`;
}

async function loginByQrCode(run: LoginRun): Promise<LoginOutcome> {
  let shown: string | undefined;
  const refresh = async () => {
    const qr = await callContract(run.messenger, 'session.getQrCode', undefined);
    if (qr.status === 'authorized') return;
    const key = qrKey(qr);
    if (key === shown) return;
    shown = key;
    const rendered = renderQrCode(qr, { saveImage: saveQrImage });
    show(run, 'Scan this QR code in the app: Settings → Linked devices → Link a device');
    if (rendered.drawing !== undefined) show(run, rendered.drawing);
    if (rendered.note !== undefined) show(run, rendered.note);
  };
  await refresh();
  return waitForAuthorized(run, 'Waiting for the QR code to be scanned', refresh);
}

async function loginByPairingCode(run: LoginRun, phone: string): Promise<LoginOutcome> {
  const code = await callContract(run.messenger, 'session.requestPairingCode', { phone });
  show(run, `Enter this code on the phone (Linked devices → Link with phone number): ${code}`);
  return waitForAuthorized(run, 'Waiting for the code to be entered on the phone');
}

/** Sends the two-factor password: `--password`, asked for in a terminal, or left for another run. */
async function finishWithPassword(run: LoginRun, state: SessionState): Promise<LoginOutcome> {
  if (state === 'authorized') return { state: 'authorized' };
  if (state !== 'pending-password') return waitForAuthorized(run, 'Waiting for the login to complete');
  let password = run.options.password;
  if (password === undefined && run.canPrompt) {
    password = await promptLine(run.streams, { message: 'The two-factor password', secret: true });
  }
  if (password === undefined) {
    show(run, 'The account has a two-factor password: run login again with --password <password>.');
    return { state: 'pending-password' };
  }
  return finishWithPassword(run, await callContract(run.messenger, 'session.confirmPassword', { password }));
}

/**
 * A code login: with `--code`, confirms it and requests nothing (the code came from an earlier run);
 * without, requests a code and asks for it in a terminal, or ends so another run confirms it.
 */
async function loginByCode(run: LoginRun, channel: CodeChannel): Promise<LoginOutcome> {
  const { messenger, options } = run;
  let code = options.code;
  if (code === undefined) {
    const phone = requirePhone(options);
    await run.terminal.progress(`Requesting a code by ${channel}`, () =>
      callContract(messenger, 'session.requestCode', { phone, channel }),
    );
    if (!run.canPrompt) {
      show(
        run,
        `A code was sent by ${channel} to +${phone}. Confirm it by running login again with --code <code> (no new code is requested then).`,
      );
      return { state: 'code-requested', channel, phone };
    }
    code = await promptLine(run.streams, { message: `The code you received by ${channel}` });
  }
  return finishWithPassword(run, await callContract(messenger, 'session.confirmCode', { code }));
}

function requirePhone(options: LoginFlags): string {
  if (options.phone === undefined) {
    throw new CliError(`--method ${options.method} needs --phone <phone>`, 2);
  }
  return parsePhone(options.phone, '--phone');
}

async function logIn(run: LoginRun): Promise<LoginOutcome> {
  const { options } = run;
  if (options.code !== undefined && options.method !== 'pairing-code') {
    // A code from an earlier run, whichever channel brought it: confirm it, request nothing.
    const code = options.code;
    return finishWithPassword(run, await callContract(run.messenger, 'session.confirmCode', { code }));
  }
  if (options.password !== undefined && options.phone === undefined) {
    return finishWithPassword(run, await callContract(run.messenger, 'session.getState', undefined));
  }
  if (options.method === 'qr') return loginByQrCode(run);
  if (options.method === 'pairing-code') return loginByPairingCode(run, requirePhone(options));
  return loginByCode(run, options.method);
}

/**
 * Registers `switchboard login`: links the account by QR code (drawn in the terminal, redrawn only
 * when it changes), by pairing code, or by a code sent by SMS, voice or the app. In a terminal the
 * code and the two-factor password are asked for; scripts request the code in one run and confirm it
 * in another with `--code` (and `--password`), which requests nothing new.
 *
 * @example
 * ```ts
 * registerLoginCommand(program, processStreams());
 * // switchboard login
 * // switchboard login --method sms --phone +79001234567
 * // switchboard login --method sms --code 12345 --password "$TELEGRAM_PASSWORD"
 * ```
 */
export function registerLoginCommand(program: Command, streams: CliStreams): void {
  program
    .command('login')
    .description('link the account: QR code, pairing code, or a code by SMS, voice or the app')
    .addOption(
      new Option('--method <method>', 'how to log in')
        .choices(['qr', 'pairing-code', 'sms', 'voice', 'app'])
        .default('qr'),
    )
    .option('--phone <phone>', 'the phone number (pairing code; requesting an SMS, voice or app code)')
    .option('--code <code>', 'confirm this code, received after an earlier login run (requests no new one)')
    .option('--password <password>', 'the two-factor password, when the account has one')
    .option(
      '--timeout <milliseconds>',
      'how long to wait for the login (then exit 4)',
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
      if (options.method !== 'qr' && options.code === undefined && options.password === undefined) {
        requirePhone(options);
      }
      const messenger = await openMessenger(flags, streams);
      const canPrompt = streams.stdin.isTTY === true && streams.stderr.isTTY === true && !terminal.json;
      const run: LoginRun = { messenger, terminal, streams, options, canPrompt };
      const before = await callContract(messenger, 'session.getState', undefined);
      const outcome: LoginOutcome = before === 'authorized' ? { state: 'authorized' } : await logIn(run);
      if (terminal.json) {
        terminal.printJson({ ...outcome, alreadyAuthorized: before === 'authorized' });
      } else if (outcome.state === 'authorized') {
        terminal.print(before === 'authorized' ? 'already authorized' : terminal.colors.green('authorized'));
      } else terminal.print(outcome.state);
    });
}
