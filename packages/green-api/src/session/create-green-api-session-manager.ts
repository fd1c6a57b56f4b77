import { createSessionInfo, MessengerError, type SessionInfo, type SessionManager } from '@switchboard/core';
import { createHttpTransport, defineSessionManager, pickTransportOptions } from '@switchboard/core/adapter';
import type { GreenApiNetwork } from '@switchboard/green-api-protocol';
import { networkFromTypeInstance } from '@switchboard/green-api-protocol';
import { GreenApiPartnerClient, type GreenApiPartnerInstance } from '../client/green-api-partner-client.js';
import { createGreenApiMessenger } from '../create-green-api-messenger.js';
import { createGreenApiErrorDetector } from '../errors.js';
import { greenApiProvider } from '../green-api-provider.js';
import {
  type GreenApiSessionManagerOptions,
  resolveGreenApiSessionManagerOptions,
} from './green-api-session-manager-options.js';

/**
 * The GREEN-API session manager: the partner API behind the core `SessionManager`, plus the raw
 * partner client.
 *
 * @example
 * ```ts
 * const manager: GreenApiSessionManager = createGreenApiSessionManager({ partnerToken });
 * await manager.raw.getInstances();
 * ```
 */
export interface GreenApiSessionManager extends SessionManager {
  /** The typed partner client. */
  readonly raw: GreenApiPartnerClient;
}

/**
 * Creates a session manager on GREEN-API's Partner API: `list` ← `getInstances` (deleted instances
 * left out), `create` ← `createInstance` (`session.info.credentials` hold `idInstance` and
 * `apiTokenInstance`; `providerOptions` are passed as instance settings), `delete` ←
 * `deleteInstanceAccount`, and `session.messenger()` opens the instance with its token. The partner
 * API documents no way to choose the network of a new instance, so `create` makes WhatsApp instances
 * only and refuses `{ network: 'telegram' }` or `{ network: 'max' }` with `UnsupportedError`. Partner
 * errors sent as HTTP 200 `{code, description}` reject as `MessengerError`s; the partner token and
 * instance tokens are redacted.
 *
 * @example
 * ```ts
 * import { createGreenApiSessionManager } from '@switchboard/green-api';
 *
 * const manager = createGreenApiSessionManager({ partnerToken: process.env.GREEN_API_PARTNER_TOKEN! });
 * const session = await manager.create({ name: 'Shop', network: 'whatsapp' });
 * console.log(await session.getQrCode()); // scan it with the phone
 * await session.messenger().sendText({ phone: '79001234567' }, 'Hello');
 * ```
 */
export function createGreenApiSessionManager(options: GreenApiSessionManagerOptions): GreenApiSessionManager {
  const resolved = resolveGreenApiSessionManagerOptions(options);
  const { redactor } = resolved;
  const transport = createHttpTransport({
    provider: greenApiProvider,
    baseUrl: resolved.partnerUrl,
    redactor,
    detectError: createGreenApiErrorDetector(redactor),
    ...pickTransportOptions(resolved),
  });
  const client = new GreenApiPartnerClient({ partnerToken: resolved.partnerToken, transport });
  const toSession = (instance: GreenApiPartnerInstance): SessionInfo => {
    if (instance.apiTokenInstance !== undefined) redactor.add(instance.apiTokenInstance);
    return partnerInstanceToSession(instance);
  };
  const manager = defineSessionManager({
    provider: greenApiProvider,
    networks: ['whatsapp'],
    list: async () =>
      (await client.getInstances()).filter((instance) => instance.deleted !== true).map(toSession),
    create: async (input) => {
      const settings = {
        ...input.providerOptions,
        ...(input.name === undefined ? {} : { name: input.name }),
      };
      const created = await client.createInstance(settings);
      return toSession({ ...created, name: input.name });
    },
    delete: async (id) => {
      await client.deleteInstanceAccount({ idInstance: Number(id) });
    },
    openMessenger: (session) =>
      createGreenApiMessenger({
        network: (session.network ?? 'whatsapp') as GreenApiNetwork,
        idInstance: session.credentials?.idInstance ?? session.id,
        apiTokenInstance: instanceTokenOf(session),
        ...(resolved.apiUrl === undefined ? {} : { apiUrl: resolved.apiUrl }),
        ...(resolved.mediaUrl === undefined ? {} : { mediaUrl: resolved.mediaUrl }),
        ...pickTransportOptions(resolved),
      }),
  });
  return Object.assign(manager, { raw: client });
}

/**
 * Maps a partner instance to a core session (its id, name, network, dates and credentials).
 *
 * @example
 * ```ts
 * partnerInstanceToSession({ idInstance: '1101000000', apiTokenInstance: 'token', typeInstance: 'whatsapp' }).network; // 'whatsapp'
 * ```
 */
export function partnerInstanceToSession(instance: GreenApiPartnerInstance): SessionInfo {
  const network = networkFromTypeInstance(instance.typeInstance);
  const createdAt = dateOf(instance.timeCreated);
  const expiresAt = dateOf(instance.expirationDate);
  return createSessionInfo({
    id: instance.idInstance,
    name: instance.name ?? '',
    ...(network === undefined ? {} : { network }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(instance.apiTokenInstance === undefined
      ? {}
      : { credentials: { idInstance: instance.idInstance, apiTokenInstance: instance.apiTokenInstance } }),
    raw: instance,
  });
}

function dateOf(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null || value.startsWith('0001-')) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

function instanceTokenOf(session: SessionInfo): string {
  const token = session.credentials?.apiTokenInstance;
  if (token !== undefined) return token;
  throw new MessengerError(`GREEN-API instance ${session.id} was listed without its apiTokenInstance`, {
    code: 'invalid-response',
    provider: greenApiProvider,
  });
}
