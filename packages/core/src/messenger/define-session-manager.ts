import { UnsupportedError } from '../errors/unsupported-error.js';
import type { SessionInfo } from '../templates/session-info.js';
import { createSession } from './create-session.js';
import type { Messenger, Network } from './messenger.js';
import type { ManagedSession, SessionCreateInput, SessionManager } from './session-manager.js';

/** What an adapter gives {@link defineSessionManager}: plain operations on session data, and how to open one. */
export interface SessionManagerDefinition {
  /** The provider name. */
  provider: string;
  /** The networks `create` can make; the first is the default when `create` gets none. */
  networks: readonly Network[];
  /** Lists the sessions (any arguments are passed through, for provider-specific filters). */
  list?: ((filter?: never) => Promise<SessionInfo[]>) | undefined;
  /** Creates a session; `network` is always one of `networks`. */
  create?: ((input: SessionCreateInput & { network: Network }) => Promise<SessionInfo>) | undefined;
  /** Renames a session. */
  rename?: ((input: { id: string; name: string }) => Promise<void>) | undefined;
  /** Deletes a session. */
  delete?: ((id: string) => Promise<void>) | undefined;
  /** Opens the messenger of a listed or created session (with its credentials). */
  openMessenger: (session: SessionInfo) => Messenger;
}

/**
 * Builds a complete {@link SessionManager}: capabilities follow from the operations given, the missing ones
 * reject with `UnsupportedError`, a network outside `networks` is refused before the provider is called, and
 * listed or created session data become `Session`s that open their messenger with `openMessenger`.
 */
export function defineSessionManager(definition: SessionManagerDefinition): SessionManager {
  const { provider, networks, list, create, rename, delete: remove, openMessenger } = definition;
  const missing = (operation: string) => () =>
    Promise.reject(new UnsupportedError(provider, `sessions.${operation}`));
  const toSession = (info: SessionInfo): ManagedSession =>
    createSession({
      id: info.id,
      provider,
      network: info.network,
      name: info.name === '' ? undefined : info.name,
      info,
      openMessenger: () => openMessenger(info),
    }) as ManagedSession;
  return {
    provider,
    capabilities: {
      list: list !== undefined,
      create: create !== undefined,
      rename: rename !== undefined,
      delete: remove !== undefined,
    },
    networks,
    list: list
      ? async (...filter: never[]) =>
          (await (list as (...filter: never[]) => Promise<SessionInfo[]>)(...filter)).map(toSession)
      : missing('list'),
    create: create
      ? async (input = {}) => {
          const network = input.network ?? networks[0];
          if (network === undefined || !networks.includes(network)) {
            throw new UnsupportedError(provider, 'sessions.create', input.network);
          }
          const info = await create({ ...input, network });
          return toSession(info.network === undefined ? { ...info, network } : info);
        }
      : missing('create'),
    rename: rename ?? missing('rename'),
    delete: remove ?? missing('delete'),
  };
}
