import type { EmulatorResponse, EmulatorServerRequest } from '../shared/index.js';
import { authMethods } from './auth-methods.js';
import { chatMethods } from './chat-methods.js';
import { groupMethods } from './group-methods.js';
import { journalMethods } from './journal-methods.js';
import { receivingMethods } from './receiving-methods.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import { nestErrorResponse, routeNotFoundResponse, SdkwaHttpError } from './sdkwa-http-error.js';
import type { SdkwaInstance } from './sdkwa-instance.js';
import type { SdkwaInstanceRegistry } from './sdkwa-instance-registry.js';
import { SdkwaMethodCall, type SdkwaMethodRoute } from './sdkwa-method-call.js';
import { bearerToken, type SdkwaRoute } from './sdkwa-route.js';
import { sendingMethods } from './sending-methods.js';
import { settingsMethods } from './settings-methods.js';

const methodIndex = new Map<string, { name: string; route: SdkwaMethodRoute }>();
for (const table of [
  authMethods,
  settingsMethods,
  sendingMethods,
  receivingMethods,
  journalMethods,
  chatMethods,
  groupMethods,
]) {
  for (const [name, route] of Object.entries(table)) methodIndex.set(name.toLowerCase(), { name, route });
}

/**
 * Names of every instance method the emulator answers (documentation case).
 *
 * @example
 * sdkwaMethodNames().includes('sendMessage'); // true
 */
export function sdkwaMethodNames(): string[] {
  return [...methodIndex.values()].map((entry) => entry.name);
}

type InstanceRoute = Extract<SdkwaRoute, { kind: 'instance' }>;

/** Token and path parameter of a route; legacy `downloadFile/{idMessage}` may come without a token. */
function credentials(
  route: InstanceRoute,
  request: EmulatorServerRequest,
  instance: SdkwaInstance,
  methodName: string,
): { token: string | undefined; parameters: string[]; anonymous: boolean } {
  if (route.scheme === 'current') {
    return { token: bearerToken(request.headers), parameters: route.rest, anonymous: false };
  }
  const [first, ...others] = route.rest;
  if (methodName === 'downloadFile' && first !== instance.apiTokenInstance && others.length === 0) {
    return { token: undefined, parameters: route.rest, anonymous: true };
  }
  return { token: first, parameters: others, anonymous: false };
}

/**
 * Answers an instance-API request. Order of checks: method and verb (NestJS 404 `Cannot GET …` [I]), instance
 * (404 for an unknown id or a messenger segment that does not match the instance [I]), token (401 when missing or
 * unknown; 403 when it belongs to another instance or the instance was deleted through the user API — GREEN-API
 * semantics [I]), then the method itself; handler `SdkwaHttpError`s become their responses.
 */
export async function handleInstanceRequest(
  route: InstanceRoute,
  request: EmulatorServerRequest,
  registry: SdkwaInstanceRegistry,
  context: SdkwaEmulatorContext,
): Promise<EmulatorResponse> {
  const entry = methodIndex.get(route.method.toLowerCase());
  if (
    entry === undefined ||
    !entry.route.verbs.includes(request.method) ||
    (entry.route.networks !== undefined && !entry.route.networks.includes(route.network))
  ) {
    return routeNotFoundResponse(request.method, request.path);
  }
  const instance = registry.get(route.idInstance);
  if (instance === undefined || instance.network !== route.network) {
    return nestErrorResponse(404, `Instance ${route.idInstance} not found`);
  }
  const { token, parameters, anonymous } = credentials(route, request, instance, entry.name);
  if (!anonymous && token !== instance.apiTokenInstance) {
    const foreign = token !== undefined && registry.byToken(token) !== undefined;
    return foreign ? nestErrorResponse(403, 'Forbidden') : nestErrorResponse(401, 'Unauthorized');
  }
  if (instance.account.deleted) return nestErrorResponse(403, 'Instance is deleted');
  if (parameters.length > (entry.route.pathParameter === true ? 1 : 0)) {
    return routeNotFoundResponse(request.method, request.path);
  }
  const call = new SdkwaMethodCall(request, instance, context, entry.name, parameters[0]);
  try {
    return await entry.route.handle(call);
  } catch (error) {
    if (error instanceof SdkwaHttpError) return error.response;
    throw error;
  }
}
