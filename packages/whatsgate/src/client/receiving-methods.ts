import { omitUndefined } from '@switchboard/core/adapter';
import {
  type WhatsgateEventsResponse,
  whatsgateEventsResponseSchema,
} from './schemas/whatsgate-response-schemas.js';
import {
  runCommand,
  type WhatsgateCallOptions,
  type WhatsgateClientContext,
} from './whatsgate-client-context.js';
import type { WhatsgateEventsRequest } from './whatsgate-request-types.js';

/**
 * `events-get`: one page of stored events (Whatsgate keeps them; reading does not delete). A bound
 * client filters by its session unless the body names another (a `WhatsappID: undefined` names none);
 * an unbound one reads every session.
 */
export async function getEvents(
  context: WhatsgateClientContext,
  body: WhatsgateEventsRequest = {},
  options: WhatsgateCallOptions = {},
): Promise<WhatsgateEventsResponse> {
  const defined = omitUndefined(body);
  const request =
    defined.WhatsappID === undefined && context.whatsappId !== undefined
      ? { WhatsappID: context.whatsappId, ...defined }
      : defined;
  return runCommand(context, 'events-get', request, whatsgateEventsResponseSchema, {
    ...options,
    idempotent: true,
  });
}
