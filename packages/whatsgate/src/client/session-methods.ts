import {
  type WhatsgateOkResponse,
  type WhatsgateSessionResponse,
  type WhatsgateSessionsResponse,
  whatsgateOkResponseSchema,
  whatsgateSessionResponseSchema,
  whatsgateSessionsResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import { defineCommand } from './whatsgate-client-context.js';
import type { WhatsgateSessionCreateRequest, WhatsgateSessionsRequest } from './whatsgate-request-types.js';

/** `session-create`: a new session in `PENDING` state with its `qr_link` (or pairing `code`). */
export const createSession = defineCommand<WhatsgateSessionCreateRequest, WhatsgateSessionResponse>(
  'session-create',
  whatsgateSessionResponseSchema,
  { forSession: false, idempotent: false },
);

/** `session-delete`: logs the session out and deletes it (answers it as `DESTROYING`). */
export const deleteSession = defineCommand<{ WhatsappID?: string }, WhatsgateSessionResponse>(
  'session-delete',
  whatsgateSessionResponseSchema,
  { forSession: true, idempotent: false },
);

/**
 * `sessions-get`: one page of the account's sessions, filtered. Unlike the other commands a bound
 * client does not add its `WhatsappID` here: pass it as a filter.
 */
export const getSessions = defineCommand<WhatsgateSessionsRequest, WhatsgateSessionsResponse>(
  'sessions-get',
  whatsgateSessionsResponseSchema,
  { forSession: false, idempotent: true },
);

/** `set-name`: renames a session. */
export const setSessionName = defineCommand<{ WhatsappID?: string; name: string }, WhatsgateSessionResponse>(
  'set-name',
  whatsgateSessionResponseSchema,
  { forSession: true, idempotent: true },
);

/** `set-hook`: sets the session's webhook URL; an empty `callback` turns the webhook off. */
export const setSessionHook = defineCommand<{ WhatsappID?: string; callback: string }, WhatsgateOkResponse>(
  'set-hook',
  whatsgateOkResponseSchema,
  { forSession: true, idempotent: true },
);
