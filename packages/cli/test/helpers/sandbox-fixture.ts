import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type GreenApiEmulator,
  type GreenApiEmulatorInstance,
  greenApiAllWebhooksOn,
  startGreenApiEmulator,
  startWhatsgateEmulator,
  type WhatsgateEmulator,
} from '@switchboard/testing';
import { createGreenApiSandboxDriver } from '../../src/sandbox/green-api-sandbox-driver.js';
import type { SandboxDriver } from '../../src/sandbox/sandbox-driver.js';
import { sandboxTimings } from '../../src/sandbox/sandbox-timings.js';
import { createWhatsgateSandboxDriver } from '../../src/sandbox/whatsgate-sandbox-driver.js';

/** Emulators started by a test, with a config file naming each account for `--config/--messenger`. */
export interface SandboxFixture {
  greenApi: GreenApiEmulator;
  whatsgate: WhatsgateEmulator;
  drivers: Record<'whatsapp' | 'telegram' | 'max' | 'whatsgate', SandboxDriver>;
  /** A folder with `switchboard.config.json` (messengers green-api-whatsapp, …, whatsgate-account). */
  folder: string;
  configFile: string;
  close(): Promise<void>;
}

/** Starts GREEN-API and Whatsgate emulators (fast timings) and writes their config file. */
export async function startSandboxFixture(options: { loggedIn: boolean }): Promise<SandboxFixture> {
  const greenApi = await startGreenApiEmulator({
    ...sandboxTimings.instant.greenApi,
    // One QR code for the whole run, however slow the machine: a test can tell a redraw from a new code.
    timings: { ...sandboxTimings.instant.greenApi.timings, qrRefreshMilliseconds: 3_600_000 },
    state: options.loggedIn ? 'authorized' : 'notAuthorized',
    settings: greenApiAllWebhooksOn,
  });
  const whatsgate = await startWhatsgateEmulator({
    ...sandboxTimings.instant.whatsgate,
    sessions: [{ name: 'Test', status: options.loggedIn ? 'READY' : 'AUTH' }],
  });
  const secret = { webhookSecret: 'test-webhook-secret' };
  const [whatsapp, telegram, max] = greenApi.instances.map((instance) =>
    createGreenApiSandboxDriver(greenApi, instance, secret),
  );
  const drivers = {
    whatsapp: whatsapp!,
    telegram: telegram!,
    max: max!,
    whatsgate: createWhatsgateSandboxDriver(whatsgate, whatsgate.sessions[0]!.whatsappId, secret),
  };
  const folder = mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
  const configFile = join(folder, 'switchboard.config.json');
  const messengers = {
    'green-api-whatsapp': drivers.whatsapp.config,
    'green-api-telegram': drivers.telegram.config,
    'green-api-max': drivers.max.config,
    'green-api-account': drivers.whatsapp.sessionManagerConfig,
    whatsgate: drivers.whatsgate.config,
    'whatsgate-account': drivers.whatsgate.sessionManagerConfig,
  };
  writeFileSync(configFile, JSON.stringify({ messengers }));
  return {
    greenApi,
    whatsgate,
    drivers,
    folder,
    configFile,
    close: async () => {
      await Promise.all([greenApi.close(), whatsgate.close()]);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The flags that open a GREEN-API WhatsApp instance without a config file (`-p green-api -o …`). */
export function greenApiWhatsAppFlags(instance: GreenApiEmulatorInstance): string[] {
  return [
    ...['-p', 'green-api', '-o', 'network=whatsapp', '-o', `idInstance=${instance.idInstance}`],
    ...['-o', `apiTokenInstance=${instance.apiTokenInstance}`, '-o', `apiUrl=${instance.apiUrl}`],
  ];
}
