import {
  type WhatsgateOkResponse,
  type WhatsgateSessionResponse,
  type WhatsgateSessionsResponse,
  whatsgateOkResponseSchema,
  whatsgateSessionResponseSchema,
  whatsgateSessionsResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import {
  runCommand,
  type WhatsgateCallOptions,
  type WhatsgateClientContext,
  withSession,
} from './whatsgate-client-context.js';
import type { WhatsgateSessionCreateRequest, WhatsgateSessionsRequest } from './whatsgate-request-types.js';

/**
 * `session-create`: a new session in `PENDING` state with its `qr_link` (or pairing `code`).
 *
 * @example
 * ```ts
 * const { data } = await createSession(context, { name: 'Shop' });
 * ```
 */
export async function createSession(
  context: WhatsgateClientContext,
  body: WhatsgateSessionCreateRequest,
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateSessionResponse> {
  return runCommand(context, 'session-create', body, whatsgateSessionResponseSchema, {
    ...options,
    idempotent: false,
  });
}

/**
 * `session-delete`: logs the session out and deletes it (answers it as `DESTROYING`).
 *
 * @example
 * ```ts
 * await deleteSession(context, { WhatsappID: '6345454545454' });
 * ```
 */
export async function deleteSession(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateSessionResponse> {
  const request = withSession(context, body, 'session-delete');
  return runCommand(context, 'session-delete', request, whatsgateSessionResponseSchema, {
    ...options,
    idempotent: false,
  });
}

/**
 * `sessions-get`: one page of the account's sessions, filtered. Unlike the other commands a bound
 * client does not add its `WhatsappID` here: pass it as a filter.
 *
 * @example
 * ```ts
 * const page = await getSessions(context, { status: 'READY', page_cnt: 100, page: 1 });
 * ```
 */
export async function getSessions(
  context: WhatsgateClientContext,
  body: WhatsgateSessionsRequest = {},
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateSessionsResponse> {
  return runCommand(context, 'sessions-get', body, whatsgateSessionsResponseSchema, {
    ...options,
    idempotent: true,
  });
}

/**
 * `set-name`: renames a session.
 *
 * @example
 * ```ts
 * await setSessionName(context, { WhatsappID: '6345454545454', name: 'Nabi' });
 * ```
 */
export async function setSessionName(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string; name: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateSessionResponse> {
  const request = withSession(context, body, 'set-name');
  return runCommand(context, 'set-name', request, whatsgateSessionResponseSchema, {
    ...options,
    idempotent: true,
  });
}

/**
 * `set-hook`: sets the session's webhook URL; an empty `callback` turns the webhook off.
 *
 * @example
 * ```ts
 * await setSessionHook(context, { callback: 'https://example.com/hooks/whatsgate?secret=s3cr3t' });
 * ```
 */
export async function setSessionHook(
  context: WhatsgateClientContext,
  body: { WhatsappID?: string; callback: string },
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateOkResponse> {
  const request = withSession(context, body, 'set-hook');
  return runCommand(context, 'set-hook', request, whatsgateOkResponseSchema, {
    ...options,
    idempotent: true,
  });
}
