import {
  type EmulatorResponse,
  type EmulatorServerRequest,
  jsonResponse,
  tryDecodeUriComponent,
} from '../shared/index.js';
import { GreenApiHttpError, gatewayResponse } from './green-api-http-error.js';
import type { GreenApiInstance } from './green-api-instance.js';
import type { GreenApiRoute, GreenApiServices } from './green-api-route.js';
import { networkRules } from './network-rules.js';
import { requestChatId } from './request-chat-id.js';

const instancePath = /^\/(?:v3\/)?waInstance(\d+)\/([A-Za-z]+)\/([^/]+)(?:\/([^/]+))?\/?$/;

/** Whether a path looks like an instance method call. */
export function isInstancePath(path: string): boolean {
  return instancePath.test(path);
}

/** 401 for a wrong or malformed token, 403 for the token of another instance (reference §4.1), else none. */
function tokenRefusal(
  token: string | undefined,
  instance: GreenApiInstance,
  services: GreenApiServices,
): EmulatorResponse | undefined {
  if (token === instance.apiTokenInstance) return undefined;
  const ofAnother =
    token !== undefined && services.instances.list().some((other) => other.apiTokenInstance === token);
  return gatewayResponse(ofAnother ? 403 : 401);
}

/** Whether this host serves the route: Telegram and MAX also take `media` methods on the API host (§1.2). */
function servedOnHost(
  route: GreenApiRoute,
  instance: GreenApiInstance,
  hosts: ReadonlySet<'api' | 'media'>,
): boolean {
  const host = route.host ?? 'api';
  if (hosts.has(host)) return true;
  return host === 'media' && hosts.has('api') && !networkRules.hasSeparateMediaHost(instance.typeInstance);
}

/**
 * Builds the instance API dispatcher for one host (`api` or `media`):
 * `/(v3/)?waInstance{id}/{method}/{token}[/{receiptId}]`, method names case-insensitive; 404 unknown method, wrong
 * verb, wrong host or messenger (WhatsApp uploads are refused on the API host while a separate media server runs;
 * Telegram and MAX take them there too); 403 unknown instance or the token of another one; 401 wrong token; 400 not logged in / deleted;
 * 466 over quota (plus a `quotaExceeded` notification). The quota is checked before the handler runs and charged
 * only when the handler accepts the call (2xx), so a send refused with 400 costs neither a call nor a
 * correspondent.
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
    const refusedToken = tokenRefusal(tryDecodeUriComponent(match[3] ?? ''), instance, services);
    if (refusedToken !== undefined) return refusedToken;
    const receiptId = match[4];
    const offered =
      (route.networks === undefined || route.networks.includes(instance.typeInstance)) &&
      route.verbs.includes(request.method) &&
      servedOnHost(route, instance, hosts) &&
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
      const chatIdOf = () => requestChatId(request);
      const refusal = instance.quota.refusal(route.name, chatIdOf);
      if (refusal !== undefined) {
        instance.emit(instance.factory.quotaExceeded(refusal.quotaData));
        return jsonResponse(466, refusal.body);
      }
      const handled = route.handle({ request, instance, services, receiptId });
      // Charged in the same turn as a synchronous handler, so no other call slips between check and charge.
      const response = handled instanceof Promise ? await handled : handled;
      if (response.status >= 200 && response.status < 300) instance.quota.charge(route.name, chatIdOf);
      return response;
    } catch (error) {
      if (error instanceof GreenApiHttpError) return error.toResponse(request.path);
      throw error;
    }
  };
}
