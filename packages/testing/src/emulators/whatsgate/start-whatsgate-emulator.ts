import { controlPrefix } from '../shared/control-prefix.js';
import type { EmulatorRequest } from '../shared/emulator-request.js';
import type { EmulatorResponse } from '../shared/emulator-response.js';
import { startEmulatorServer } from '../shared/emulator-server.js';
import { handleWhatsgateApiRequest, whatsgateApiPrefix } from './handle-whatsgate-api-request.js';
import { handleWhatsgateControlRequest } from './handle-whatsgate-control-request.js';
import { handleWhatsgatePageRequest } from './handle-whatsgate-page-request.js';
import {
  createWhatsgateEmulatorControl,
  type WhatsgateEmulatorControl,
} from './whatsgate-emulator-control.js';
import {
  resolveWhatsgateEmulatorOptions,
  type WhatsgateEmulatorOptions,
} from './whatsgate-emulator-options.js';
import { WhatsgateEmulatorState } from './whatsgate-emulator-state.js';
import { WhatsgateError, whatsgateErrorMessages } from './whatsgate-error.js';
import type { WhatsgateSessionStatus } from './whatsgate-payloads.js';
import { seedWhatsgateSession } from './whatsgate-session-lifecycle.js';

/**
 * A session as listed on the running emulator.
 *
 * @example
 * const [first] = emulator.sessions; // { whatsappId: '6317e1800a3f2', name: 'Switchboard', status: 'READY' }
 */
export interface WhatsgateEmulatorSessionSummary {
  /** The session's `unique_id`, sent as `WhatsappID`. */
  whatsappId: string;
  /** The session's display name. */
  name: string;
  /** `PENDING`, `AUTH`, `READY`, … */
  status: WhatsgateSessionStatus;
}

/**
 * A running Whatsgate emulator.
 *
 * @example
 * const emulator = await startWhatsgateEmulator();
 * await fetch(`${emulator.apiUrl}/get-chats`, { method: 'POST', headers: { 'X-Api-Key': emulator.apiKey, 'Content-Type': 'application/json' }, body: JSON.stringify({ WhatsappID: emulator.sessions[0]?.whatsappId }) });
 * await emulator.close();
 */
export interface WhatsgateEmulator {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** `${url}/api/v1`: the base URL to give a client in place of `https://whatsgate.ru/api/v1`. */
  apiUrl: string;
  /** The account API key (`X-Api-Key`). */
  apiKey: string;
  /** Current sessions (a fresh list on every read). */
  readonly sessions: WhatsgateEmulatorSessionSummary[];
  /** Drives the emulated phones and inspects what clients did, in-process. */
  control: WhatsgateEmulatorControl;
  /** Stops the server and every timer; pending pushes are dropped. */
  close(): Promise<void>;
}

function route(state: WhatsgateEmulatorState, control: WhatsgateEmulatorControl) {
  return (request: EmulatorRequest): EmulatorResponse | Promise<EmulatorResponse> => {
    if (request.path.startsWith(whatsgateApiPrefix)) return handleWhatsgateApiRequest(state, request);
    if (request.path.startsWith(`${controlPrefix}/`)) return handleWhatsgateControlRequest(control, request);
    return (
      handleWhatsgatePageRequest(state, request) ??
      new WhatsgateError(404, whatsgateErrorMessages.notFound).toResponse()
    );
  };
}

/**
 * Starts a stateful Whatsgate (whatsgate.ru API v1) emulator on 127.0.0.1: sessions with QR / pairing-code
 * authorization, sync/async `send` with acks, media by key and by message id, chats, `check`, `events-get`,
 * webhooks that require the `{"result":"OK","id":…}` acknowledgement, Yii2 errors, and a control API.
 *
 * @example
 * const emulator = await startWhatsgateEmulator({ automaticAcks: [], webhookRetryDelayMilliseconds: 10 });
 * const whatsappId = emulator.sessions[0]!.whatsappId;
 * emulator.control.injectIncomingMessage(whatsappId, { kind: 'text', from: '79991112233', body: 'Hi' });
 * await emulator.close();
 */
export async function startWhatsgateEmulator(
  options: WhatsgateEmulatorOptions = {},
): Promise<WhatsgateEmulator> {
  const state = new WhatsgateEmulatorState(resolveWhatsgateEmulatorOptions(options));
  for (const [index, seed] of state.options.sessions.entries()) seedWhatsgateSession(state, seed, index);
  const control = createWhatsgateEmulatorControl(state);
  const server = await startEmulatorServer({
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
    faults: state.faults,
    handle: route(state, control),
  });
  state.baseUrl = server.url;
  return {
    url: server.url,
    apiUrl: `${server.url}/api/v1`,
    apiKey: state.apiKey,
    get sessions() {
      return [...state.sessions.values()].map((record) => ({
        whatsappId: record.whatsappId,
        name: record.name,
        status: record.status,
      }));
    },
    control,
    async close() {
      state.close();
      await server.close();
    },
  };
}
