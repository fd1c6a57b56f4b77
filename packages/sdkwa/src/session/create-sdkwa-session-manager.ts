import {
  createHttpTransport,
  createSessionInfo,
  defineSessionManager,
  MessengerError,
  type SessionManager,
} from '@switchboard/core';
import { asText } from '@switchboard/green-api-protocol';
import { type SdkwaOrder, type SdkwaOrderInput, SdkwaUserClient } from '../client/sdkwa-user-client.js';
import { createSdkwaErrorDetector, sdkwaProvider } from '../errors.js';
import { mapUserInstance } from '../mappers/map-user-instance.js';
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
 * `list` (`instances/list`), `create` (`instance/createByOrder`; `providerOptions`: `tariff` default
 * `DEVELOPER`, `period` default `infinitely`, `paymentType`, `typeAccount`, or `network: 'telegram'`
 * for `TG_DESKTOP`), `delete` (`instance/delete`), and `restore`/`extend`. `rename` is not in the API.
 * `{result: false}` answers reject even with HTTP 200 (`Not enough balance` → `quota-exceeded`,
 * `Not found` → `not-found`, a wrong user token → `auth`).
 *
 * @example
 * ```ts
 * import { createSdkwaSessionManager } from '@switchboard/sdkwa';
 *
 * const manager = createSdkwaSessionManager({ userId: '123456', userToken: process.env.SDKWA_USER_TOKEN! });
 * const { id, credentials } = await manager.create({ name: 'Shop' });
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
  const manager = defineSessionManager({
    provider: sdkwaProvider,
    list: async () => (await client.listInstances()).map(mapUserInstance),
    create: async (input = {}) => {
      const order = await client.createInstance(orderInput(input));
      return sessionOfOrder(order, input.name);
    },
    delete: async (id) => {
      await client.deleteInstance(id);
    },
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

function orderInput(input: { name?: string; providerOptions?: Record<string, unknown> }): SdkwaOrderInput {
  const { network, ...provider } = input.providerOptions ?? {};
  return {
    tariff: 'DEVELOPER',
    period: 'infinitely',
    ...(network === 'telegram' ? { typeAccount: 'TG_DESKTOP' } : {}),
    ...provider,
    ...(input.name === undefined ? {} : { name: input.name }),
  } as SdkwaOrderInput;
}

function sessionOfOrder(order: SdkwaOrder, name: string | undefined) {
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
    state: 'not-authorized',
    credentials: token === undefined ? { idInstance: id } : { idInstance: id, apiTokenInstance: token },
    raw: order,
  });
}
