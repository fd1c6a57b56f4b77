import { type EmulatorResponse, type EmulatorServerRequest, jsonResponse } from '../shared/index.js';
import { GreenApiHttpError, gatewayResponse } from './green-api-http-error.js';
import type { GreenApiRoute, GreenApiServices } from './green-api-route.js';
import { requestChatId } from './request-chat-id.js';

const instancePath = /^\/(?:v3\/)?waInstance(\d+)\/([A-Za-z]+)\/([^/]+)(?:\/([^/]+))?\/?$/;

/**
 * Whether a path looks like an instance method call.
 *
 * @example
 * isInstancePath('/waInstance1101000001/getSettings/abc'); // true
 */
export function isInstancePath(path: string): boolean {
  return instancePath.test(path);
}

/**
 * Builds the instance API dispatcher for one host (`api` or `media`):
 * `/(v3/)?waInstance{id}/{method}/{token}[/{receiptId}]`, method names case-insensitive; 404 unknown method, wrong
 * verb, wrong host or messenger; 403 unknown instance; 401 wrong token; 400 not logged in / deleted;
 * 466 over quota (plus a `quotaExceeded` notification).
 *
 * @example
 * const handleApi = createApiRouter(routes, services, new Set(['api', 'media']));
 * const response = await handleApi(request);
 */
export function createApiRouter(
  routes: readonly GreenApiRoute[],
  services: GreenApiServices,
  hosts: ReadonlySet<'api' | 'media'>,
): (request: EmulatorServerRequest) => Promise<EmulatorResponse> {
  const catalogue = new Map(routes.map((route) => [route.name.toLowerCase(), route]));
  return async (request) => {
    const match = instancePath.exec(request.path);
    const route = match?.[2] === undefined ? undefined : catalogue.get(match[2].toLowerCase());
    if (match === null || route === undefined) return gatewayResponse(404);
    const instance = services.instances.get(Number(match[1]));
    if (instance === undefined) return gatewayResponse(403);
    if (decodeURIComponent(match[3] ?? '') !== instance.apiTokenInstance) return gatewayResponse(401);
    const receiptId = match[4];
    const offered =
      (route.networks === undefined || route.networks.includes(instance.typeInstance)) &&
      route.verbs.includes(request.method) &&
      hosts.has(route.host ?? 'api') &&
      (receiptId === undefined || route.takesReceiptId === true);
    if (!offered) return gatewayResponse(404);
    try {
      if (instance.timeDeleted !== undefined) throw GreenApiHttpError.badRequest('Instance is deleted');
      if (route.live === true && !instance.isReady()) {
        throw GreenApiHttpError.badRequest(
          instance.state === 'starting'
            ? 'instance in starting process try later'
            : 'instance account not authorized',
        );
      }
      const refusal = instance.quota.charge(route.name, () => requestChatId(request));
      if (refusal !== undefined) {
        instance.emit(instance.factory.quotaExceeded(refusal.quotaData));
        return jsonResponse(466, refusal.body);
      }
      return await route.handle({ request, instance, services, receiptId });
    } catch (error) {
      if (error instanceof GreenApiHttpError) return error.toResponse(request.path);
      throw error;
    }
  };
}
