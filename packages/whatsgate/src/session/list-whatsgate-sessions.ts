import { MessengerError } from '@switchboard/core';
import type { WhatsgateSession } from '../client/schemas/whatsgate-session-schema.js';
import type { WhatsgateClient } from '../client/whatsgate-client.js';
import { whatsgateProvider } from '../whatsgate-provider.js';

/** Filters of `sessions-get`, in Switchboard words. */
export interface WhatsgateSessionFilter {
  /** Exact session id (`WhatsappID`). */
  whatsappId?: string | undefined;
  /** The name (Whatsgate matches it as it documents). */
  name?: string | undefined;
  /** A Whatsgate status: `PENDING`, `AUTH`, `READY` or `DESTROYING`. */
  status?: string | undefined;
}

const pageSize = 100;
const maximumPages = 1000;

/** Reads every session matching a filter, following `sessions-get` pages (100 per page). */
export async function listWhatsgateSessions(
  client: WhatsgateClient,
  filter: WhatsgateSessionFilter = {},
): Promise<WhatsgateSession[]> {
  const sessions: WhatsgateSession[] = [];
  for (let page = 1; page <= maximumPages; page += 1) {
    const response = await client.getSessions({
      ...(filter.whatsappId === undefined ? {} : { WhatsappID: filter.whatsappId }),
      ...(filter.name === undefined ? {} : { name: filter.name }),
      ...(filter.status === undefined ? {} : { status: filter.status }),
      page_cnt: pageSize,
      page,
    });
    sessions.push(...response.data);
    if (response.data.length === 0 || page >= (response.pages ?? 1)) break;
  }
  return sessions;
}

/** Reads one session by id; rejects with `not-found` when Whatsgate does not list it. */
export async function findWhatsgateSession(
  client: WhatsgateClient,
  whatsappId: string,
): Promise<WhatsgateSession> {
  const sessions = await listWhatsgateSessions(client, { whatsappId });
  const session = sessions.find((candidate) => candidate.unique_id === whatsappId);
  if (session === undefined) {
    throw new MessengerError(`Whatsgate session ${whatsappId} was not found`, {
      code: 'not-found',
      provider: whatsgateProvider,
    });
  }
  return session;
}
