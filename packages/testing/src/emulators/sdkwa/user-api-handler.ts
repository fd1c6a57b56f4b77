import { type EmulatorResponse, type EmulatorServerRequest, jsonResponse } from '../shared/index.js';
import { routeNotFoundResponse } from './sdkwa-http-error.js';
import type { SdkwaUserAccount, SdkwaUserFailure } from './sdkwa-user-account.js';

const invalidParameters = jsonResponse(400, { result: false, error: 'Invalid parameters' });

function failure(result: SdkwaUserFailure): EmulatorResponse {
  if (result.kind === 'invalid') return invalidParameters;
  return jsonResponse(200, {
    result: false,
    data: {},
    error: { code: result.code, description: result.description },
  });
}

function readBody(request: EmulatorServerRequest): Record<string, unknown> | undefined {
  if (request.text().trim() === '') return {};
  try {
    const value = request.json();
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function instanceId(body: Record<string, unknown>): number | undefined {
  const value = typeof body.idInstance === 'string' ? Number(body.idInstance) : body.idInstance;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/**
 * The user-level instance API (reference §1.4): `POST /api/v1/instance/user/{instances/list | instance/createByOrder
 * | instance/extendByOrder | instance/delete | instance/restore}` with `x-user-id` + `x-user-token`. Wrong
 * credentials and malformed bodies answer HTTP 400 `{result:false, error:"Invalid user token" | "Invalid
 * parameters"}` (OpenAPI); business failures answer HTTP 200 `{result:false, data:{}, error:{code, description}}`
 * (Postman: 464 "Not enough balance", 404 "Not found") [C: both forms are served].
 */
export function handleUserRequest(
  action: string,
  request: EmulatorServerRequest,
  account: SdkwaUserAccount,
): EmulatorResponse {
  const known = [
    'instances/list',
    'instance/createbyorder',
    'instance/extendbyorder',
    'instance/delete',
    'instance/restore',
  ];
  if (request.method !== 'POST' || !known.includes(action))
    return routeNotFoundResponse(request.method, request.path);
  if (
    request.headers['x-user-id'] !== account.userId ||
    request.headers['x-user-token'] !== account.userToken
  ) {
    return jsonResponse(400, { result: false, error: 'Invalid user token' });
  }
  const body = readBody(request);
  if (body === undefined) return invalidParameters;
  if (action === 'instances/list') {
    return jsonResponse(200, {
      result: true,
      error: {},
      data: account.all().map((instance) => account.describe(instance)),
    });
  }
  if (action === 'instance/createbyorder') {
    const order = account.order(body);
    return 'kind' in order ? failure(order) : jsonResponse(200, { result: true, data: order, error: {} });
  }
  const id = instanceId(body);
  if (id === undefined) return invalidParameters;
  if (action === 'instance/extendbyorder') {
    const order = account.order(body, id);
    return 'kind' in order ? failure(order) : jsonResponse(200, { result: true, data: order, error: {} });
  }
  const deleting = action === 'instance/delete';
  if (!account.setDeleted(id, deleting))
    return failure({ kind: 'code', code: 404, description: 'Not found' });
  const flag = deleting ? 'deleteInstanceAccount' : 'restoreInstanceAccount';
  return jsonResponse(200, { result: true, data: { [flag]: true }, error: {} });
}
