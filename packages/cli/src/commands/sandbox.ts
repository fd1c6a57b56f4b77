import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliStreams } from '../output/cli-streams.js';
import { renderTable } from '../output/render-table.js';
import type { Terminal } from '../output/terminal.js';
import { environmentForConfig } from '../sandbox/environment-for-config.js';
import type { SandboxDriver } from '../sandbox/sandbox-driver.js';
import { startSandboxPhone } from '../sandbox/sandbox-phone.js';
import { type Sandbox, startSandbox } from '../sandbox/start-sandbox.js';
import { commandContext, integerFlag } from './command-context.js';

interface SandboxFlags {
  portGreenApi?: number;
  portGreenApiMedia?: number;
  portSdkwa?: number;
  portWhatsgate?: number;
  loggedOut?: boolean;
  phoneScans?: boolean;
  writeConfig?: string;
}

const messengerName = (driver: SandboxDriver) => driver.label.replace('/', '-');

function describe(sandbox: Sandbox, configFile: string | undefined) {
  return {
    urls: sandbox.urls,
    ...(configFile === undefined ? {} : { configFile }),
    accounts: sandbox.drivers.map((driver) => ({
      name: messengerName(driver),
      label: driver.label,
      provider: driver.provider,
      network: driver.network,
      loginMethod: driver.loginMethod,
      config: driver.config,
      sessionManagerConfig: driver.sessionManagerConfig,
      environment: environmentForConfig(driver.config),
      controlUrl: driver.controlUrl,
    })),
  };
}

function printHuman(terminal: Terminal, description: ReturnType<typeof describe>): void {
  const { colors } = terminal;
  terminal.print(
    colors.bold('Switchboard sandbox: emulators of GREEN-API, SDKWA and Whatsgate on 127.0.0.1'),
  );
  const rows = description.accounts.map((account) => [account.name, account.loginMethod, account.controlUrl]);
  terminal.print(renderTable([['messenger', 'demo login', 'control API']], rows));
  for (const account of description.accounts) {
    const variables = Object.entries(account.environment).map(([name, value]) => `${name}=${value}`);
    terminal.print(`\n${colors.bold(account.name)}\n  ${variables.join(' \\\n  ')}`);
  }
  if (description.configFile !== undefined) {
    terminal.print(`\nConfig written to ${description.configFile}; try:`);
    terminal.print(`  switchboard --config ${description.configFile} --messenger green-api-whatsapp status`);
    terminal.print(
      `  switchboard --config ${description.configFile} --messenger whatsgate-account sessions list`,
    );
  }
  terminal.print(colors.dim('\nCtrl+C stops the sandbox.'));
}

/**
 * Registers `switchboard sandbox`: runs the emulators until Ctrl+C and prints each account's URLs,
 * credentials, environment variables and control API (`--json`: one JSON line), optionally writing
 * a multi-messenger config file for the other commands: one entry per account (`green-api-whatsapp`,
 * …) and one per provider for the session commands (`green-api-account`, …).
 *
 * @example
 * ```ts
 * registerSandboxCommand(program, processStreams());
 * // switchboard sandbox --write-config sandbox.json
 * // switchboard --config sandbox.json --messenger whatsgate-whatsapp send +79991112233 Hi
 * ```
 */
export function registerSandboxCommand(program: Command, streams: CliStreams): void {
  const port = (flag: string) => integerFlag(flag, 0, 65_535);
  program
    .command('sandbox')
    .description('run the provider emulators standalone and print their URLs and credentials (Ctrl+C stops)')
    .option('--port-green-api <port>', 'GREEN-API API port (default: a free one)', port('--port-green-api'))
    .option('--port-green-api-media <port>', 'GREEN-API media port', port('--port-green-api-media'))
    .option('--port-sdkwa <port>', 'SDKWA port', port('--port-sdkwa'))
    .option('--port-whatsgate <port>', 'Whatsgate port', port('--port-whatsgate'))
    .option('--logged-out', 'start the accounts logged out, waiting for `switchboard login`')
    .option(
      '--phone-scans',
      "simulate the phone: scan a GREEN-API account's QR code a second after login shows it",
    )
    .option('--write-config <file>', 'write a config file naming every account (for --config/--messenger)')
    .action(async (options: SandboxFlags, command: Command) => {
      const { terminal } = commandContext(command, streams);
      const sandbox = await startSandbox({
        speed: 'interactive',
        loggedIn: options.loggedOut !== true,
        ports: {
          greenApi: options.portGreenApi ?? 0,
          greenApiMedia: options.portGreenApiMedia ?? 0,
          sdkwa: options.portSdkwa ?? 0,
          whatsgate: options.portWhatsgate ?? 0,
        },
      });
      const stopPhone =
        options.phoneScans === true
          ? startSandboxPhone(sandbox.drivers, { delayMilliseconds: 1_000 })
          : () => undefined;
      const stopped = new Promise<void>((resolveStop) => {
        process.once('SIGINT', () => resolveStop());
        process.once('SIGTERM', () => resolveStop());
      });
      try {
        const configFile =
          options.writeConfig === undefined ? undefined : resolve(streams.cwd, options.writeConfig);
        if (configFile !== undefined) {
          const messengers = Object.fromEntries([
            ...sandbox.drivers.map((driver) => [messengerName(driver), driver.config]),
            ...sandbox.drivers.map((driver) => [`${driver.provider}-account`, driver.sessionManagerConfig]),
          ]);
          await writeFile(configFile, `${JSON.stringify({ messengers }, null, 2)}\n`);
        }
        const description = describe(sandbox, configFile);
        if (terminal.json) terminal.print(JSON.stringify(description));
        else printHuman(terminal, description);
        await stopped;
      } finally {
        stopPhone();
        await sandbox.close();
      }
    });
}
