import { MessengerError } from '@switchboard/core';
import { type HttpTransport, omitUndefined } from '@switchboard/core/adapter';
import type { GenericSchema } from 'valibot';
import { whatsgateProvider } from '../whatsgate-provider.js';

/**
 * What every raw method needs: the HTTP transport (base URL `…/api/v1`, `X-Api-Key` header) and the
 * session the client is bound to, if any.
 */
export interface WhatsgateClientContext {
  readonly transport: HttpTransport;
  readonly whatsappId: string | undefined;
}

/** Per-call options of every raw method. */
export interface WhatsgateCallOptions {
  /** Aborts the request. */
  signal?: AbortSignal | undefined;
}

/**
 * Adds the bound session's `WhatsappID` to a body that has none; rejects with `invalid-request` when
 * neither the body nor the client names a session. Fields set to `undefined` are dropped first, so a
 * `WhatsappID: undefined` (an unset variable) never overrides the bound session.
 */
export function withSession<Body extends { WhatsappID?: string | undefined }>(
  context: WhatsgateClientContext,
  body: Body,
  command: string,
): Body & { WhatsappID: string } {
  const defined = omitUndefined(body);
  const whatsappId = defined.WhatsappID ?? context.whatsappId;
  if (whatsappId === undefined || whatsappId === '') {
    throw new MessengerError(
      `Whatsgate ${command} needs a WhatsappID: pass it or use client.forSession(id)`,
      {
        code: 'invalid-request',
        provider: whatsgateProvider,
      },
    );
  }
  return { WhatsappID: whatsappId, ...defined };
}

/**
 * Sends one command: `POST {baseUrl}/api/v1/<command>` with the JSON body, validated by a loose schema.
 * `idempotent` commands (reads, and writes that set a value) are retried after 5xx and timeouts;
 * the others (`send`, `session-create`, `session-delete`) only when they provably never left.
 */
export function runCommand<Output>(
  context: WhatsgateClientContext,
  command: string,
  body: object,
  schema: GenericSchema<unknown, Output>,
  options: WhatsgateCallOptions & { idempotent: boolean },
): Promise<Output> {
  return context.transport.request<Output>({
    method: 'POST',
    path: command,
    json: body,
    schema,
    idempotent: options.idempotent,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}

/**
 * A raw command with its name, answer schema and retry policy fixed: call it with the client context,
 * the body and the per-call options.
 */
export type WhatsgateCommand<Body, Output> = (
  context: WhatsgateClientContext,
  body: Body,
  options?: WhatsgateCallOptions,
) => Promise<Output>;

/**
 * Defines a raw command: `POST <command>` through {@link runCommand}, answered per `schema`.
 * `forSession` commands act on one session and get the bound session's `WhatsappID` when the body
 * names none ({@link withSession}: `invalid-request` when neither does); `idempotent` ones may be
 * retried after 5xx and timeouts.
 */
export function defineCommand<Body extends object, Output>(
  command: string,
  schema: GenericSchema<unknown, Output>,
  policy: { forSession: boolean; idempotent: boolean },
): WhatsgateCommand<Body, Output> {
  return async (context, body, options = {}) => {
    const request = policy.forSession
      ? withSession(context, body as Body & { WhatsappID?: string | undefined }, command)
      : body;
    return runCommand(context, command, request, schema, { ...options, idempotent: policy.idempotent });
  };
}
