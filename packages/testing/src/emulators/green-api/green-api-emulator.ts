import {
  controlPrefix,
  type EmulatorServerRequest,
  FaultInjector,
  hexId,
  IdentifierFactory,
  startEmulatorServer,
} from '../shared/index.js';
import { createApiRouter } from './api-router.js';
import { createControlRouter } from './control-router.js';
import { GreenApiEmulatorControl } from './green-api-control.js';
import {
  defaultGreenApiTimings,
  type GreenApiEmulatorOptions,
  type GreenApiInstanceOptions,
} from './green-api-emulator-options.js';
import { gatewayResponse } from './green-api-http-error.js';
import type { GreenApiServices } from './green-api-route.js';
import { greenApiRoutes } from './green-api-routes.js';
import { type GreenApiEmulatorInstance, InstanceRegistry } from './instance-registry.js';
import { MediaStore } from './media-store.js';
import { createPartnerRouter } from './partner-router.js';

/**
 * A running GREEN-API emulator.
 *
 * @example
 * const emulator = await startGreenApiEmulator();
 * const [whatsapp] = emulator.instances;
 * await emulator.close();
 */
export interface GreenApiEmulator {
  /** API base URL (`http://127.0.0.1:<port>`), no trailing slash. */
  url: string;
  /** Media base URL for uploads (a second port unless `separateMediaServer: false`). */
  mediaUrl: string;
  /** Partner API base: requests go to `{partnerUrl}/partner/{method}/{partnerToken}`. */
  partnerUrl: string;
  /** The `partnerToken` the partner API (`createInstance`, `getInstances`, …) accepts. */
  partnerToken: string;
  /** Live list of instances (partner-created ones included, deleted ones excluded). */
  readonly instances: GreenApiEmulatorInstance[];
  /** Drives the emulated phones and inspects what clients did, in-process. */
  control: GreenApiEmulatorControl;
  /** Makes the next requests fail (status, delay, dropped connection, malformed JSON). */
  faults: FaultInjector;
  /** Stops the servers and every timer; pending pushes are dropped. */
  close(): Promise<void>;
}

const defaultInstances: GreenApiInstanceOptions[] = [
  { typeInstance: 'whatsapp' },
  { typeInstance: 'telegram' },
  { typeInstance: 'v3' },
];

/**
 * Starts a stateful GREEN-API emulator on 127.0.0.1: instance API (+ `/v3` prefix), media host, Partner API and
 * the `/__control` API. By default one not-yet-authorized instance per messenger.
 *
 * @example
 * const emulator = await startGreenApiEmulator({ state: 'authorized', timings: { sendDelayScale: 0 } });
 * const { apiUrl, idInstance, apiTokenInstance } = emulator.instances[0]!;
 * await fetch(`${apiUrl}/waInstance${idInstance}/getStateInstance/${apiTokenInstance}`);
 */
export async function startGreenApiEmulator(
  options: GreenApiEmulatorOptions = {},
): Promise<GreenApiEmulator> {
  const identifiers = new IdentifierFactory(options.seed);
  const random = identifiers.random;
  const faults = options.faults ?? new FaultInjector({ seed: options.seed ?? 1 });
  const timings = { ...defaultGreenApiTimings, ...options.timings };
  const urls = { url: '', mediaUrl: '' };
  const registry = new InstanceRegistry({
    timings,
    random,
    defaultState: options.state ?? 'notAuthorized',
    defaultSettings: options.settings ?? {},
    urls: () => urls,
  });
  for (const instanceOptions of options.instances ?? defaultInstances) registry.create(instanceOptions);
  const media = new MediaStore(() => urls.mediaUrl, random);
  const services: GreenApiServices = {
    media,
    timings,
    statusProgression: options.statusProgression ?? 'read',
    instances: registry,
    random,
  };
  const partnerToken = options.partnerToken ?? hexId(40, random).toLowerCase();
  const control = new GreenApiEmulatorControl(registry, media, faults);
  const handleControl = createControlRouter(control);
  const handlePartner = createPartnerRouter(registry, partnerToken);
  const separate = options.separateMediaServer ?? true;
  const apiRouter = createApiRouter(greenApiRoutes, services, new Set(separate ? ['api'] : ['api', 'media']));
  const mediaRouter = createApiRouter(greenApiRoutes, services, new Set(['media']));

  const handleApi = async (request: EmulatorServerRequest) => {
    if (request.path.startsWith(`${controlPrefix}/`)) return handleControl(request);
    return media.handle(request) ?? handlePartner(request) ?? apiRouter(request);
  };
  const host = options.host ?? '127.0.0.1';
  const apiServer = await startEmulatorServer({
    host,
    ...(options.port === undefined ? {} : { port: options.port }),
    faults,
    handle: handleApi,
  });
  const mediaServer = separate
    ? await startEmulatorServer({
        host,
        ...(options.mediaPort === undefined ? {} : { port: options.mediaPort }),
        faults,
        handle: (request) =>
          media.handle(request) ??
          (request.path.startsWith('/partner/') ? gatewayResponse(404) : mediaRouter(request)),
      })
    : undefined;
  urls.url = apiServer.url;
  urls.mediaUrl = mediaServer?.url ?? apiServer.url;

  return {
    url: urls.url,
    mediaUrl: urls.mediaUrl,
    partnerUrl: urls.url,
    partnerToken,
    get instances() {
      return control.instances();
    },
    control,
    faults,
    async close() {
      registry.close();
      await Promise.all([apiServer.close(), mediaServer?.close()]);
    },
  };
}
