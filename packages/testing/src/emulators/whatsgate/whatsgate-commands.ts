import { checkCommand, getChatsCommand, seenCommand, typingCommand } from './whatsgate-chat-commands.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { eventsGetCommand } from './whatsgate-events-command.js';
import type { WhatsgateFields } from './whatsgate-fields.js';
import { getMediaCommand, getMessageMediaCommand } from './whatsgate-media-commands.js';
import { sendCommand } from './whatsgate-send-command.js';
import {
  sessionCreateCommand,
  sessionDeleteCommand,
  sessionsGetCommand,
  setHookCommand,
  setNameCommand,
} from './whatsgate-session-commands.js';

/** A command handler: request fields in, JSON answer out (throws `WhatsgateError` on failure). */
export type WhatsgateCommand = (state: WhatsgateEmulatorState, fields: WhatsgateFields) => unknown;

/** Every `POST /api/v1/<command>` the emulator knows (§1 command list). */
export const whatsgateCommands: Readonly<Record<string, WhatsgateCommand>> = {
  send: sendCommand,
  seen: seenCommand,
  typing: typingCommand,
  'get-chats': getChatsCommand,
  'get-media': getMediaCommand,
  'get-messagemedia': getMessageMediaCommand,
  check: checkCommand,
  'events-get': eventsGetCommand,
  'session-create': sessionCreateCommand,
  'session-delete': sessionDeleteCommand,
  'sessions-get': sessionsGetCommand,
  'set-name': setNameCommand,
  'set-hook': setHookCommand,
};
