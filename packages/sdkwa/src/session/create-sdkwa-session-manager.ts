import { createSessionInfo, MessengerError, type SessionInfo, type SessionManager } from '@switchboard/core';
import { createHttpTransport, defineSessionManager } from '@switchboard/core/adapter';
import { asText } from '@switchboard/green-api-protocol';
import { type SdkwaOrder, type SdkwaOrderInput, SdkwaUserClient } from '../client/sdkwa-user-client.js';
import { createSdkwaMessenger } from '../create-sdkwa-messenger.js';
import { createSdkwaErrorDetector } from '../errors.js';
import { mapUserInstance } from '../mappers/map-user-instance.js';
import type { SdkwaNetwork } from '../sdkwa-network.js';
import { sdkwaProvider } from '../sdkwa-provider.js';
import {
  resolveSdkwaSessionManagerOptions,
  type SdkwaSessionManagerOptions,
} from './sdkwa-session-manager-options.js';

/**
 * The SDKWA session manager: the contract's {@link SessionManager} over the user-level instance API,
 * plus `restore` and `extend`, and the raw {@link SdkwaUserClient}.
 *
 * @example
 * ```ts
 * const manager: SdkwaSessionManager = createSdkwaSessionManager({ userId, userToken });
 * await manager.restore('1101000001');
 * ```
 */
export interface SdkwaSessionManager extends SessionManager {
  /** The typed user-API client. */
  readonly raw: SdkwaUserClient;
  /**
   * Restores a deleted instance (`instance/restore`).
   *
   * @example
   * ```ts
   * await manager.restore('1101000001');
   * ```
   */
  restore(id: string): Promise<void>;
  /**
   * Pays for more time (`instance/extendByOrder`) and returns the order.
   *
   * @example
   * ```ts
   * const order = await manager.extend({ id: '1101000001', tariff: 'BUSINESS', period: 'month1' });
   * ```
   */
  extend(input: { id: string; tariff: string; period: string; paymentType?: string }): Promise<SdkwaOrder>;
}

/**
 * Creates the session manager of an SDKWA account (user-level API, `x-user-id` + `x-user-token`):
 * `list` (`instances/list`), `create` (`instance/createByOrder`; `{ network: 'telegram' }` orders a
 * `TG_DESKTOP` account; `providerOptions`: `tariff` default `DEVELOPER`, `period` default `infinitely`,
 * `paymentType`), `delete` (`instance/delete`), and `restore`/`extend`. `rename` is not in the API.
 * `session.messenger()` opens the instance with its token (from the order or the listing).
 * `{result: false}` answers reject even with HTTP 200 (`Not enough balance` → `quota-exceeded`,
 * `Not found` → `not-found`, a wrong user token → `auth`).
 *
 * @example
 * ```ts
 * import { createSdkwaSessionManager } from '@switchboard/sdkwa';
 *
 * const manager = createSdkwaSessionManager({ userId: '123456', userToken: process.env.SDKWA_USER_TOKEN! });
 * const session = await manager.create({ name: 'Shop', network: 'telegram' });
 * await session.requestCode({ phone: '79001234567', channel: 'app' });
 * await session.confirmCode('12345');
 * await session.messenger().sendText({ phone: '79001234567' }, 'Hello');
 * ```
 */
export function createSdkwaSessionManager(options: SdkwaSessionManagerOptions): SdkwaSessionManager {
  const resolved = resolveSdkwaSessionManagerOptions(options);
  const transport = createHttpTransport({
    provider: sdkwaProvider,
    baseUrl: resolved.host,
    redactor: resolved.redactor,
    headers: { 'x-user-id': resolved.userId, 'x-user-token': resolved.userToken },
    detectError: createSdkwaErrorDetector(resolved.redactor),
    ...resolved.transport,
  });
  const client = new SdkwaUserClient(transport);
  const remember = (session: SessionInfo) => {
    const token = session.credentials?.apiTokenInstance;
    if (token !== undefined) resolved.redactor.add(token);
    return session;
  };
  const manager = defineSessionManager({
    provider: sdkwaProvider,
    networks: ['whatsapp', 'telegram'],
    list: async () => (await client.listInstances()).map((instance) => remember(mapUserInstance(instance))),
    create: async (input) => {
      const order = await client.createInstance(orderInput(input));
      return remember(sessionOfOrder(order, input.name, input.network));
    },
    delete: async (id) => {
      await client.deleteInstance(id);
    },
    openMessenger: (session) =>
      createSdkwaMessenger({
        network: (session.network ?? 'whatsapp') as SdkwaNetwork,
        idInstance: session.id,
        apiTokenInstance: instanceTokenOf(session),
        host: resolved.host,
        ...resolved.transport,
      }),
  });
  return {
    ...manager,
    raw: client,
    restore: async (id) => {
      await client.restoreInstance(id);
    },
    extend: ({ id, ...order }) => client.extendInstance({ ...order, idInstance: id }),
  };
}

function orderInput(input: {
  name?: string | undefined;
  network: string;
  providerOptions?: Record<string, unknown> | undefined;
}): SdkwaOrderInput {
  const provider = input.providerOptions ?? {};
  return {
    tariff: 'DEVELOPER',
    period: 'infinitely',
    ...(input.network === 'telegram' ? { typeAccount: 'TG_DESKTOP' } : {}),
    ...provider,
    ...(input.name === undefined ? {} : { name: input.name }),
  } as SdkwaOrderInput;
}

function sessionOfOrder(order: SdkwaOrder, name: string | undefined, network: string) {
  if (order.idInstance === undefined) {
    throw new MessengerError(
      'SDKWA createByOrder answered without an idInstance (is the order unpaid? see raw)',
      {
        code: 'invalid-response',
        provider: sdkwaProvider,
        details: { paymentURL: order.paymentURL, typeOrder: order.typeOrder },
      },
    );
  }
  const id = String(order.idInstance);
  const token = asText(order.apiTokenInstance);
  return createSessionInfo({
    id,
    name: name ?? '',
    network,
    state: 'not-authorized',
    credentials: token === undefined ? { idInstance: id } : { idInstance: id, apiTokenInstance: token },
    raw: order,
  });
}

function instanceTokenOf(session: SessionInfo): string {
  const token = session.credentials?.apiTokenInstance;
  if (token !== undefined) return token;
  throw new MessengerError(`SDKWA instance ${session.id} has no apiTokenInstance to open a messenger with`, {
    code: 'invalid-response',
    provider: sdkwaProvider,
  });
}
