import {
  bytesResponse,
  type EmulatorResponse,
  type EmulatorServerRequest,
  jsonResponse,
  textResponse,
} from '../shared/index.js';
import { handleControlRequest } from './control-http-handler.js';
import { handleInstanceRequest } from './instance-api-handler.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import type { SdkwaEmulatorControl } from './sdkwa-emulator-control.js';
import { routeNotFoundResponse } from './sdkwa-http-error.js';
import type { SdkwaInstanceRegistry } from './sdkwa-instance-registry.js';
import { parseSdkwaRoute } from './sdkwa-route.js';
import type { SdkwaUserAccount } from './sdkwa-user-account.js';
import { handleUserRequest } from './user-api-handler.js';

/** Everything the request handler dispatches to. */
export interface SdkwaRequestHandlerDependencies {
  registry: SdkwaInstanceRegistry;
  context: SdkwaEmulatorContext;
  control: SdkwaEmulatorControl;
  account: SdkwaUserAccount;
}

/**
 * The emulator's `handle`: control routes, media, the user API, `getInstance`, and the instance API (current,
 * Postman-typo and legacy schemes).
 */
export function createSdkwaRequestHandler(
  dependencies: SdkwaRequestHandlerDependencies,
): (request: EmulatorServerRequest) => Promise<EmulatorResponse> {
  const { registry, context, control, account } = dependencies;
  return async (request) => {
    const route = parseSdkwaRoute(request.path);
    switch (route.kind) {
      case 'control':
        return handleControlRequest(route.action, request, control);
      case 'media': {
        const media = context.media.get(route.id);
        if (request.method !== 'GET' && request.method !== 'HEAD')
          return routeNotFoundResponse(request.method, request.path);
        return media === undefined
          ? textResponse(404, 'Not Found')
          : bytesResponse(200, media.bytes, media.mimeType, { 'cache-control': 'no-store' });
      }
      case 'user':
        return handleUserRequest(route.action, request, account);
      case 'getInstance': {
        if (request.method !== 'POST') return routeNotFoundResponse(request.method, request.path);
        const first = registry.all().find((instance) => instance.network === route.network);
        return jsonResponse(200, {
          result: true,
          data: { instanceId: first === undefined ? '' : String(first.idInstance) },
        });
      }
      case 'instance':
        return handleInstanceRequest(route, request, registry, context);
      default:
        return routeNotFoundResponse(request.method, request.path);
    }
  };
}
