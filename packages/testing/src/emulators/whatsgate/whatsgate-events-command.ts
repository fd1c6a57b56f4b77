import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import { optionalString, type WhatsgateFields } from './whatsgate-fields.js';
import { paginate } from './whatsgate-page.js';

/**
 * `events-get` (§3.8): stored events, oldest first, filtered by `WhatsappID` (deleted sessions included),
 * `action` and `date` (strictly after), paged by `page_cnt` (default 10, max 100) and `page`.
 * Events are never deleted by reading them.
 */
export function eventsGetCommand(state: WhatsgateEmulatorState, fields: WhatsgateFields): unknown {
  const whatsappId = optionalString(fields, 'WhatsappID');
  if (whatsappId !== undefined && !state.knownSessionIds.has(whatsappId)) {
    throw new WhatsgateError(500, whatsgateErrorMessages.sessionNotFound);
  }
  const action = optionalString(fields, 'action');
  const after = optionalString(fields, 'date');
  const events = state.events.select({
    ...(whatsappId === undefined ? {} : { whatsappId }),
    ...(action === undefined ? {} : { action }),
    ...(after === undefined ? {} : { after }),
  });
  return paginate(events, fields);
}
