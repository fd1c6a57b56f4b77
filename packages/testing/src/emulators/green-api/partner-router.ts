import {
  type EmulatorRequest,
  type EmulatorResponse,
  jsonResponse,
  tryDecodeUriComponent,
} from '../shared/index.js';
import { BodyFields } from './body-fields.js';
import { GreenApiHttpError } from './green-api-http-error.js';
import type { GreenApiInstance } from './green-api-instance.js';
import type { GreenApiTypeInstance } from './green-api-types.js';
import type { InstanceRegistry } from './instance-registry.js';
import { parseSettingsPatch } from './instance-settings.js';

const partnerPath = /^\/partner\/([A-Za-z]+)\/([^/]+)\/?$/;
const notFound = () => jsonResponse(200, { code: 404, description: 'Not found' });
const typeInstances: readonly GreenApiTypeInstance[] = ['whatsapp', 'telegram', 'v3'];

function partnerView(instance: GreenApiInstance): Record<string, unknown> {
  const expiration = new Date(instance.timeCreated.getTime() + 30 * 86_400_000);
  return {
    idInstance: instance.idInstance,
    name: instance.name,
    typeInstance: instance.typeInstance,
    typeAccount: instance.settings.typeAccount,
    partnerUserUiid: 'emulator-partner',
    timeCreated: instance.timeCreated.toISOString(),
    timeDeleted: instance.timeDeleted?.toISOString() ?? '0001-01-01T00:00:00',
    apiTokenInstance: instance.apiTokenInstance,
    deleted: instance.timeDeleted !== undefined,
    tariff: 'DEVELOPER',
    isFree: false,
    isPartner: true,
    expirationDate: expiration.toISOString(),
    isExpired: false,
  };
}

type PartnerMethod = (registry: InstanceRegistry, request: EmulatorRequest) => EmulatorResponse;

const methods: Record<string, { verb: string; handle: PartnerMethod }> = {
  getinstances: { verb: 'GET', handle: (registry) => jsonResponse(200, registry.list().map(partnerView)) },
  createinstance: {
    verb: 'POST',
    handle: (registry, request) => {
      const fields = BodyFields.fromRequest(request);
      const requested = fields.optionalString('typeInstance') ?? 'whatsapp';
      const typeInstance = typeInstances.find((candidate) => candidate === requested);
      if (typeInstance === undefined)
        throw GreenApiHttpError.validation(`'typeInstance' must be one of [whatsapp, telegram, v3]`);
      const name = fields.optionalString('name');
      const instance = registry.create({
        typeInstance,
        ...(name === undefined ? {} : { name }),
        settings: parseSettingsPatch(fields.values),
      });
      return jsonResponse(200, {
        idInstance: instance.idInstance,
        apiTokenInstance: instance.apiTokenInstance,
        typeInstance: instance.typeInstance,
      });
    },
  },
  deleteinstanceaccount: {
    verb: 'POST',
    handle: (registry, request) => {
      const idInstance = BodyFields.fromRequest(request).requiredNumber('idInstance');
      const instance = registry.get(idInstance);
      if (instance === undefined || instance.timeDeleted !== undefined) return notFound();
      instance.timeDeleted = new Date();
      instance.close();
      return jsonResponse(200, { deleteInstanceAccount: true });
    },
  },
};

/**
 * The Partner API `/partner/{method}/{partnerToken}` (getInstances, createInstance, deleteInstanceAccount); errors
 * are HTTP 200 `{code, description}` as on the live service. `createInstance` accepts an extra `typeInstance`
 * (default `whatsapp`) to create Telegram/MAX instances.
 */
export function createPartnerRouter(
  registry: InstanceRegistry,
  partnerToken: string,
): (request: EmulatorRequest) => EmulatorResponse | undefined {
  return (request) => {
    const match = partnerPath.exec(request.path);
    if (match === null) return undefined;
    if (tryDecodeUriComponent(match[2] ?? '') !== partnerToken)
      return jsonResponse(200, { code: 401, description: 'Unauthorized' });
    const method = methods[(match[1] ?? '').toLowerCase()];
    if (method === undefined || method.verb !== request.method) return notFound();
    try {
      return method.handle(registry, request);
    } catch (error) {
      if (error instanceof GreenApiHttpError) return error.toResponse(request.path);
      throw error;
    }
  };
}
