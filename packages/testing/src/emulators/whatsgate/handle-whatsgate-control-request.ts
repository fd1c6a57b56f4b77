import { trimTrailing } from '@switchboard/core/adapter';
import { controlPrefix } from '../shared/control-prefix.js';
import { EmulatorJsonError, type EmulatorRequest } from '../shared/emulator-request.js';
import { type EmulatorResponse, jsonResponse } from '../shared/emulator-response.js';
import type { EmulatorFault, FaultCondition } from '../shared/fault-injector.js';
import { tryDecodeUriComponent } from '../shared/try-decode-uri-component.js';
import type { WhatsgateChatInput } from './whatsgate-chat-book.js';
import type { WhatsgateEmulatorControl } from './whatsgate-emulator-control.js';
import { WhatsgateError } from './whatsgate-error.js';
import type { WhatsgateEventFilter } from './whatsgate-event-store.js';
import { isFieldRecord, optionalString, type WhatsgateFields } from './whatsgate-fields.js';
import type { WhatsgateIncomingMessageInput } from './whatsgate-incoming-message.js';
import { toMediaFile } from './whatsgate-media-commands.js';
import type { WhatsgateAck, WhatsgateEventAction } from './whatsgate-payloads.js';
import type { WhatsgateSessionCreateInput } from './whatsgate-session-lifecycle.js';

type RouteHandler = (
  control: WhatsgateEmulatorControl,
  body: WhatsgateFields,
  whatsappId: string,
  request: EmulatorRequest,
) => unknown;

function profile(body: WhatsgateFields): { number?: string; pushname?: string } {
  const number = optionalString(body, 'number');
  const pushname = optionalString(body, 'pushname');
  return { ...(number === undefined ? {} : { number }), ...(pushname === undefined ? {} : { pushname }) };
}

function requireFields<Shape>(body: WhatsgateFields, names: readonly string[]): Shape {
  for (const name of names)
    if (body[name] === undefined) throw new WhatsgateError(400, `Missing field ${name}`);
  return body as unknown as Shape;
}

function requireString(body: WhatsgateFields, name: string): string {
  const value = optionalString(body, name);
  if (value === undefined) throw new WhatsgateError(400, `Missing field ${name}`);
  return value;
}

function eventFilter(request: EmulatorRequest): WhatsgateEventFilter {
  const filter: WhatsgateEventFilter = {};
  const whatsappId = request.query.get('whatsappId');
  const action = request.query.get('action');
  const after = request.query.get('after');
  if (whatsappId !== null) filter.whatsappId = whatsappId;
  if (action !== null) filter.action = action;
  if (after !== null) filter.after = after;
  return filter;
}

const routes: Readonly<Record<string, RouteHandler>> = {
  'GET sessions': (control) => control.sessions(),
  'POST sessions': (control, body) =>
    control.createSession(requireFields<WhatsgateSessionCreateInput>(body, ['name'])),
  'POST sessions/:id/scan': (control, body, id) => control.scan(id, profile(body)),
  'POST sessions/:id/pair': (control, body, id) =>
    control.pair(id, requireString(body, 'code'), profile(body)),
  'POST sessions/:id/disconnect': (control, body, id) =>
    control.disconnect(id, optionalString(body, 'reason')),
  'POST sessions/:id/messages': (control, body, id) =>
    control.injectIncomingMessage(id, requireFields<WhatsgateIncomingMessageInput>(body, ['kind', 'from'])),
  'POST sessions/:id/phone-messages': (control, body, id) =>
    control.injectPhoneMessage(id, { to: requireString(body, 'to'), body: requireString(body, 'body') }),
  'POST sessions/:id/acks': (control, body, id) =>
    control.ack(
      id,
      requireString(body, 'messageId'),
      requireFields<{ ack: WhatsgateAck }>(body, ['ack']).ack,
    ),
  'POST sessions/:id/errors': (control, body, id) =>
    control.injectError(
      id,
      requireString(body, 'message'),
      typeof body.statusCode === 'number' ? body.statusCode : 500,
    ),
  'POST sessions/:id/events': (control, body, id) => {
    const eventData = isFieldRecord(body.eventData) ? body.eventData : {};
    const statusCode = typeof body.statusCode === 'number' ? body.statusCode : null;
    return control.injectEvent(
      id,
      requireString(body, 'action') as WhatsgateEventAction,
      eventData,
      statusCode,
    );
  },
  'GET sessions/:id/sent-messages': (control, _body, id) =>
    control
      .sentMessages(id)
      .map(({ media, ...sent }) => (media === undefined ? sent : { ...sent, media: toMediaFile(media) })),
  'GET sessions/:id/chats': (control, _body, id) => control.chats(id),
  'POST sessions/:id/chats': (control, body, id) =>
    control.addChat(id, requireFields<WhatsgateChatInput>(body, ['id'])),
  'GET sessions/:id/seen': (control, _body, id) => control.seenChats(id),
  'GET sessions/:id/typing': (control, _body, id) => control.typingChats(id),
  'GET events': (control, _body, _id, request) => control.events(eventFilter(request)),
  'GET webhook-deliveries': (control) => control.webhookDeliveries(),
  'POST webhook-deliveries/idle': async (control) => {
    await control.webhookIdle();
    return { result: 'OK' };
  },
  'POST numbers': (control, body) => {
    control.setNumberRegistered(requireString(body, 'number'), body.registered !== false);
    return { result: 'OK' };
  },
  'POST faults': (control, body) => {
    const { fault, when } = requireFields<{ fault: EmulatorFault; when?: FaultCondition }>(body, ['fault']);
    control.faults.inject(fault, when);
    return { result: 'OK' };
  },
  'DELETE faults': (control) => {
    control.faults.clear();
    return { result: 'OK' };
  },
};

function readBody(request: EmulatorRequest): WhatsgateFields {
  if (request.body.length === 0) return {};
  const value = request.json();
  return isFieldRecord(value) ? value : {};
}

/**
 * Answers the control routes under `/__control` (JSON in and out), e.g. `POST /__control/sessions/<id>/scan`,
 * `POST /__control/sessions/<id>/messages`, `GET /__control/sessions/<id>/sent-messages`, `POST /__control/faults`.
 * `:id` is the session's `unique_id`; `GET /__control/events` takes `whatsappId`, `action`, `after` queries.
 */
export async function handleWhatsgateControlRequest(
  control: WhatsgateEmulatorControl,
  request: EmulatorRequest,
): Promise<EmulatorResponse> {
  const segments = trimTrailing(request.path.slice(controlPrefix.length + 1), '/').split('/');
  const whatsappId =
    segments[0] === 'sessions' && segments.length > 2 ? tryDecodeUriComponent(segments[1] ?? '') : '';
  if (whatsappId === undefined)
    return jsonResponse(400, { error: 'The session id is not valid percent-encoding' });
  const pattern =
    whatsappId === '' ? segments.join('/') : ['sessions', ':id', ...segments.slice(2)].join('/');
  const route = routes[`${request.method} ${pattern}`];
  if (route === undefined)
    return jsonResponse(404, { error: `No control route ${request.method} ${request.path}` });
  try {
    return jsonResponse(200, await route(control, readBody(request), whatsappId, request));
  } catch (error) {
    if (error instanceof WhatsgateError) return jsonResponse(error.status, error.toBody());
    if (error instanceof EmulatorJsonError) return jsonResponse(400, { error: error.message });
    throw error;
  }
}
