import { FaultInjector, IdentifierFactory, startEmulatorServer, WebhookDispatcher } from '../shared/index.js';
import { createSdkwaControl, credentialsOf } from './create-sdkwa-control.js';
import { SdkwaDirectory } from './sdkwa-directory.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import type { SdkwaEmulatorControl, SdkwaInstanceCredentials } from './sdkwa-emulator-control.js';
import type { SdkwaEmulatorOptions } from './sdkwa-emulator-options.js';
import { SdkwaInstanceRegistry } from './sdkwa-instance-registry.js';
import { SdkwaMediaStore } from './sdkwa-media-store.js';
import { SdkwaNotifier } from './sdkwa-notifier.js';
import { createSdkwaRequestHandler } from './sdkwa-request-handler.js';
import { resolveSdkwaTimings } from './sdkwa-timings.js';
import { SdkwaUserAccount } from './sdkwa-user-account.js';

/**
 * A running SDKWA emulator.
 *
 * @example
 * const emulator = await startSdkwaEmulator();
 * const [instance] = emulator.instances;
 * await fetch(`${emulator.url}/whatsapp/${instance!.idInstance}/getStateInstance`, {
 *   headers: { authorization: `Bearer ${instance!.apiTokenInstance}` },
 * });
 * await emulator.close();
 */
export interface SdkwaEmulator {
  /** `http://127.0.0.1:PORT` (no trailing slash): the `host` of the SDKWA API. */
  url: string;
  /** User-API credentials (`x-user-id` / `x-user-token`). */
  userId: string;
  /** The `x-user-token` of the user-level instance API. */
  userToken: string;
  /** The instances created at start (see `control.instances()` for later ones). */
  instances: SdkwaInstanceCredentials[];
  /** Drives the emulated phones and inspects what clients did, in-process. */
  control: SdkwaEmulatorControl;
  /** Stops the server and every timer; pending pushes are dropped. */
  close(): Promise<void>;
}

/**
 * Starts a stateful SDKWA (sdkwa.pro) emulator on a real loopback HTTP server: the current scheme
 * `{url}/{whatsapp|telegram}/{idInstance}/{method}` with `Authorization: Bearer <apiTokenInstance>`, plus the
 * legacy `{url}/waInstance{idInstance}/{method}/{apiTokenInstance}` scheme, the Postman `/{messenger}{idInstance}/…`
 * typo, the user API under `/api/v1/instance/user/…`, media under `/media/…` and the control API under `/__control`.
 *
 * @example
 * const emulator = await startSdkwaEmulator({ instances: [{ state: 'notAuthorized' }], sendDelayMilliseconds: 0 });
 */
export async function startSdkwaEmulator(options: SdkwaEmulatorOptions = {}): Promise<SdkwaEmulator> {
  const timeScale = options.timeScale ?? 1;
  const timings = resolveSdkwaTimings(options.timings, timeScale);
  const ids = new IdentifierFactory(options.seed);
  const faults =
    options.faults ?? new FaultInjector(options.seed === undefined ? {} : { seed: options.seed });
  const dispatcher = new WebhookDispatcher({
    attempts: options.webhookAttempts ?? 3,
    retryDelayMilliseconds: timings.webhookRetryDelayMilliseconds,
  });
  let baseUrl = '';
  const context: SdkwaEmulatorContext = {
    baseUrl: () => baseUrl,
    ids,
    timings,
    timeScale,
    autoDeliver: options.autoDeliver ?? true,
    fixedCode: options.fixedCode,
    media: new SdkwaMediaStore(ids, () => baseUrl),
    notifier: new SdkwaNotifier(dispatcher),
    directory: new SdkwaDirectory(),
  };
  const registry = new SdkwaInstanceRegistry(context, options.sendDelayMilliseconds ?? 1000);
  const seeds = options.instances ?? [{ network: 'whatsapp' }, { network: 'telegram' }];
  const instances = seeds.map((seed) => credentialsOf(registry.create(seed)));
  const account = new SdkwaUserAccount({
    userId: options.userId ?? ids.numeric(6),
    userToken: options.userToken ?? ids.hex(32).toLowerCase(),
    email: options.userEmail ?? 'user@example.com',
    balance: options.balance ?? 100,
    registry,
    ids,
    idFormat: options.listIdInstanceAs ?? 'number',
  });
  const control = createSdkwaControl({ registry, context, faults, dispatcher, account });
  const serverOptions = {
    faults,
    handle: createSdkwaRequestHandler({ registry, context, control, account }),
  };
  const server = await startEmulatorServer({
    ...serverOptions,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  baseUrl = server.url;
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    userId: account.userId,
    userToken: account.userToken,
    instances,
    control,
    close(): Promise<void> {
      closing ??= (async () => {
        registry.close();
        dispatcher.close();
        await server.close();
      })();
      return closing;
    },
  };
}
