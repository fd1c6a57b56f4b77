import { createSessionInfo, type SessionInfo } from '@switchboard/core';
import { asText } from '@switchboard/green-api-protocol';
import type { SdkwaUserInstance } from '../client/sdkwa-user-client.js';

const never = /^0001-01-01/;

/**
 * Maps an instance of the user API's `instances/list` to a {@link SessionInfo}: `id` is the
 * `idInstance` as a string, `network` its `typeInstance`; a deleted instance reads as `deleting`, an
 * expired one as `suspended`, any other as `unknown` (the list carries no authorization state: ask the
 * instance's `session.getState()`). Dates become unix milliseconds. The token stays in `raw` only.
 */
export function mapUserInstance(instance: SdkwaUserInstance): SessionInfo {
  const createdAt = timeOf(instance.timeCreated);
  const expiresAt = timeOf(instance.expirationDate);
  const network = asText(instance.typeInstance);
  const token = asText(instance.apiTokenInstance);
  const id = String(instance.idInstance);
  return createSessionInfo({
    id,
    name: instance.name ?? '',
    state: instance.deleted === true ? 'deleting' : instance.isExpired === true ? 'suspended' : 'unknown',
    ...(network === undefined ? {} : { network }),
    ...(createdAt === undefined ? {} : { createdAt }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(token === undefined ? {} : { credentials: { idInstance: id, apiTokenInstance: token } }),
    raw: instance,
  });
}

function timeOf(value: string | null | undefined): number | undefined {
  if (value === undefined || value === null || never.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}
