import { trimTrailing } from '@switchboard/core/adapter';
import type { EmulatorRequest } from '../shared/emulator-request.js';
import { type EmulatorResponse, jsonResponse } from '../shared/emulator-response.js';
import { whatsgateCommands } from './whatsgate-commands.js';
import type { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import { readWhatsgateFields } from './whatsgate-fields.js';

/** Path prefix of every command. */
export const whatsgateApiPrefix = '/api/v1/';

/**
 * Answers `POST /api/v1/<command>` in the order Yii2 checks things: unknown route → 404, verb other than POST →
 * 405 (`Allow: POST`), `X-Api-Key` missing or wrong → 401, malformed JSON → 400, then the command (500 for
 * unknown sessions and missing fields). Errors have the Yii2 shape `{name, message, code, status}`.
 */
export function handleWhatsgateApiRequest(
  state: WhatsgateEmulatorState,
  request: EmulatorRequest,
): EmulatorResponse {
  try {
    const name = trimTrailing(request.path.slice(whatsgateApiPrefix.length), '/');
    const command = Object.hasOwn(whatsgateCommands, name) ? whatsgateCommands[name] : undefined;
    if (command === undefined) throw new WhatsgateError(404, whatsgateErrorMessages.notFound);
    if (request.method !== 'POST') {
      throw new WhatsgateError(405, whatsgateErrorMessages.methodNotAllowed, { allow: 'POST' });
    }
    if (request.headers['x-api-key'] !== state.apiKey) {
      throw new WhatsgateError(401, whatsgateErrorMessages.unauthorized);
    }
    return jsonResponse(200, command(state, readWhatsgateFields(request)));
  } catch (error) {
    if (error instanceof WhatsgateError) return error.toResponse();
    throw error;
  }
}
