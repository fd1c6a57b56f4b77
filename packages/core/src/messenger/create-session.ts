import { operationNames } from '../capabilities/operation-names.js';
import type { SessionInfo } from '../templates/session-info.js';
import type { Messenger, Network } from './messenger.js';
import type { Session } from './session.js';
import type { SessionOperations } from './session-operations.js';

type AnyOperation = (...parameters: never[]) => Promise<unknown>;

/** Builds a {@link Session} whose operations are those of a messenger opened on first use. */
export function createSession<Raw>(identity: {
  id: string;
  provider: string;
  network: Network | undefined;
  name: string | undefined;
  info: SessionInfo | undefined;
  openMessenger: () => Messenger<Raw>;
  operations?: SessionOperations;
}): Session<Raw> {
  let opened: Messenger<Raw> | undefined;
  const messenger = () => (opened ??= identity.openMessenger());
  const operations = {} as Record<string, AnyOperation>;
  for (const name of operationNames.session) {
    operations[name] = identity.operations
      ? identity.operations[name]
      : (...parameters: never[]) =>
          (messenger().session[name] as (...parameters: never[]) => Promise<unknown>)(...parameters);
  }
  const { network } = identity;
  return {
    id: identity.id,
    provider: identity.provider,
    get network() {
      return network ?? messenger().network;
    },
    name: identity.name,
    info: identity.info,
    ...(operations as unknown as SessionOperations),
    messenger,
  };
}
