import {
  type GreenApiEmulator,
  greenApiAllWebhooksOn,
  startGreenApiEmulator,
} from './emulators/green-api/index.js';
import { type SdkwaEmulator, startSdkwaEmulator } from './emulators/sdkwa/index.js';
import { startWhatsgateEmulator, type WhatsgateEmulator } from './emulators/whatsgate/index.js';

/**
 * Fixed ports for {@link startAllEmulators}; 0 or absent picks a free port.
 *
 * @example
 * ```ts
 * const ports: EmulatorPorts = { greenApi: 7001, greenApiMedia: 7002, sdkwa: 7003, whatsgate: 7004 };
 * ```
 */
export interface EmulatorPorts {
  /** The GREEN-API emulator's API port; 0 or absent picks a free one. */
  greenApi?: number;
  /** The GREEN-API emulator's media host port; 0 or absent picks a free one. */
  greenApiMedia?: number;
  /** The SDKWA emulator's port; 0 or absent picks a free one. */
  sdkwa?: number;
  /** The Whatsgate emulator's port; 0 or absent picks a free one. */
  whatsgate?: number;
}

/**
 * Every emulator, started together on 127.0.0.1.
 *
 * @example
 * ```ts
 * const emulators = await startAllEmulators();
 * console.log(emulators.greenApi.url, emulators.sdkwa.url, emulators.whatsgate.url);
 * await emulators.close();
 * ```
 */
export interface AllEmulators {
  /** The GREEN-API emulator (WhatsApp, Telegram and MAX instances). */
  greenApi: GreenApiEmulator;
  /** The SDKWA emulator. */
  sdkwa: SdkwaEmulator;
  /** The Whatsgate emulator. */
  whatsgate: WhatsgateEmulator;
  /** Stops every emulator. */
  close(): Promise<void>;
}

/**
 * Starts the GREEN-API (WhatsApp, Telegram, MAX and the partner API, every notification switched on),
 * SDKWA and Whatsgate emulators, as the standalone `switchboard-emulators` command does.
 *
 * @example
 * ```ts
 * const { greenApi, close } = await startAllEmulators({ greenApi: 7001 });
 * ```
 */
export async function startAllEmulators(ports: EmulatorPorts = {}): Promise<AllEmulators> {
  const [greenApi, sdkwa, whatsgate] = await Promise.all([
    startGreenApiEmulator({
      settings: greenApiAllWebhooksOn,
      ...(ports.greenApi === undefined ? {} : { port: ports.greenApi }),
      ...(ports.greenApiMedia === undefined ? {} : { mediaPort: ports.greenApiMedia }),
    }),
    startSdkwaEmulator(ports.sdkwa === undefined ? {} : { port: ports.sdkwa }),
    startWhatsgateEmulator(ports.whatsgate === undefined ? {} : { port: ports.whatsgate }),
  ]);
  return {
    greenApi,
    sdkwa,
    whatsgate,
    close: async () => {
      await Promise.all([greenApi.close(), sdkwa.close(), whatsgate.close()]);
    },
  };
}

/**
 * Describes running emulators for people: base URLs, control routes and every account's credentials.
 *
 * @example
 * ```ts
 * process.stdout.write(describeEmulators(await startAllEmulators()));
 * ```
 */
export function describeEmulators(emulators: AllEmulators): string {
  const { greenApi, sdkwa, whatsgate } = emulators;
  const lines = [
    `GREEN-API  ${greenApi.url}  (media ${greenApi.mediaUrl}, control ${greenApi.url}/__control)`,
    `  partner token  ${greenApi.partnerToken}`,
    ...greenApi.instances.map(
      (instance) =>
        `  ${instance.typeInstance.padEnd(9)} idInstance ${instance.idInstance}  apiTokenInstance ${instance.apiTokenInstance}  apiUrl ${instance.apiUrl}`,
    ),
    `SDKWA      ${sdkwa.url}  (control ${sdkwa.url}/__control)`,
    `  user id ${sdkwa.userId}  user token ${sdkwa.userToken}`,
    ...sdkwa.instances.map(
      (instance) =>
        `  ${instance.network.padEnd(9)} idInstance ${instance.idInstance}  apiTokenInstance ${instance.apiTokenInstance}`,
    ),
    `Whatsgate  ${whatsgate.url}  (control ${whatsgate.url}/__control)`,
    `  api key ${whatsgate.apiKey}`,
    ...whatsgate.sessions.map(
      (session) => `  session ${session.whatsappId} "${session.name}" ${session.status}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
