import {
  controlPrefix,
  type EmulatorFault,
  type EmulatorRequest,
  type EmulatorResponse,
  type FaultCondition,
  jsonResponse,
} from '../shared/index.js';
import type { GreenApiContact } from './contact-directory.js';
import type { GreenApiEmulatorControl } from './green-api-control.js';
import type { GreenApiInstanceOptions } from './green-api-emulator-options.js';
import type {
  GreenApiOutgoingStatus,
  GreenApiStateInstance,
  GreenApiWritableSettings,
  JsonObject,
} from './green-api-types.js';
import type { GreenApiGroupInput } from './group-store.js';
import type { GreenApiIncomingMessageInput } from './incoming-message-input.js';
import type { GreenApiQuota } from './quota-meter.js';

type ControlAction = (
  control: GreenApiEmulatorControl,
  parameters: JsonObject,
  idInstance: () => number,
) => unknown;

const text = (parameters: JsonObject, name: string): string | undefined =>
  typeof parameters[name] === 'string' ? (parameters[name] as string) : undefined;

/** The string parameters among `names` that are present, as an object (for optional option fields). */
const strings = (parameters: JsonObject, ...names: string[]): Record<string, string> =>
  Object.fromEntries(
    names.flatMap((name) => (typeof parameters[name] === 'string' ? [[name, parameters[name]]] : [])),
  );

const actions: Record<string, ControlAction> = {
  instances: (control) => control.instances(),
  'add-instance': (control, parameters) => control.addInstance(parameters as GreenApiInstanceOptions),
  'scan-qr': (control, parameters, idInstance) => ({
    scanned: control.scanQr(idInstance(), strings(parameters, 'phone')),
  }),
  authorize: (control, parameters, idInstance) =>
    control.authorize(idInstance(), strings(parameters, 'phone')),
  'confirm-pairing-code': (control, parameters, idInstance) => ({
    confirmed: control.confirmPairingCode(idInstance(), text(parameters, 'code')),
  }),
  'authorization-code': (control, _args, idInstance) => ({
    code: control.authorizationCode(idInstance()) ?? null,
  }),
  'two-factor-password': (control, parameters, idInstance) =>
    control.setTwoFactorPassword(idInstance(), text(parameters, 'password')),
  state: (control, parameters, idInstance) =>
    control.setState(idInstance(), parameters.stateInstance as GreenApiStateInstance),
  'status-instance': (control, parameters, idInstance) =>
    control.setStatusInstance(idInstance(), parameters.statusInstance === 'offline' ? 'offline' : 'online'),
  settings: (control, _args, idInstance) => control.settings(idInstance()),
  'update-settings': (control, parameters, idInstance) =>
    control.updateSettings(idInstance(), (parameters.settings ?? {}) as GreenApiWritableSettings),
  'incoming-message': (control, parameters, idInstance) => {
    const input: JsonObject = { ...parameters };
    delete input.idInstance;
    return control.injectIncomingMessage(idInstance(), input as unknown as GreenApiIncomingMessageInput);
  },
  notification: (control, parameters, idInstance) =>
    control.injectNotification(idInstance(), (parameters.body ?? {}) as JsonObject),
  'incoming-call': (control, parameters, idInstance) =>
    control.injectIncomingCall(idInstance(), strings(parameters, 'from', 'status')),
  'message-status': (control, parameters, idInstance) =>
    control.setMessageStatus(
      idInstance(),
      String(parameters.idMessage),
      parameters.status as GreenApiOutgoingStatus,
      text(parameters, 'description'),
    ),
  quota: (control, parameters, idInstance) =>
    control.setQuota(idInstance(), (parameters.quota ?? undefined) as GreenApiQuota | undefined),
  'rate-limit': (control, parameters) =>
    control.rateLimit(parameters as { method?: string; times?: number; retryAfterMilliseconds?: number }),
  faults: (control, parameters) =>
    control.injectFault(parameters.fault as EmulatorFault, parameters.when as FaultCondition | undefined),
  'clear-faults': (control) => control.clearFaults(),
  'sent-messages': (control, _args, idInstance) => control.sentMessages(idInstance()),
  notifications: (control, _args, idInstance) => control.queuedNotifications(idInstance()),
  'webhook-deliveries': (control, _args, idInstance) => control.webhookDeliveries(idInstance()),
  'read-marks': (control, _args, idInstance) => control.readMarks(idInstance()),
  contacts: (control, parameters, idInstance) =>
    control.addContact(idInstance(), parameters.contact as GreenApiContact),
  groups: (control, parameters, idInstance) =>
    control.addGroup(idInstance(), parameters.group as GreenApiGroupInput),
  settle: (control, _args, idInstance) => control.settle(idInstance()),
};

/**
 * Names of the HTTP control actions (`POST /__control/<action>` with a JSON body, or `GET` with query parameters;
 * most take `idInstance`).
 *
 * @example
 * greenApiControlActions.includes('scan-qr'); // true
 */
export const greenApiControlActions: readonly string[] = Object.keys(actions);

function parametersOf(request: EmulatorRequest): JsonObject {
  const parameters: JsonObject = Object.fromEntries(request.query.entries());
  if (request.body.length === 0) return parameters;
  const parsed = request.json();
  return typeof parsed === 'object' && parsed !== null
    ? { ...parameters, ...(parsed as JsonObject) }
    : parameters;
}

/**
 * The HTTP face of {@link GreenApiEmulatorControl}: `/__control/<action>`, JSON in and out; errors are
 * 400 `{ error }`, unknown actions 404.
 */
export function createControlRouter(
  control: GreenApiEmulatorControl,
): (request: EmulatorRequest) => Promise<EmulatorResponse> {
  return async (request) => {
    const name = request.path.slice(controlPrefix.length + 1).replace(/\/$/, '');
    const action = actions[name === 'faults' && request.method === 'DELETE' ? 'clear-faults' : name];
    if (action === undefined)
      return jsonResponse(404, {
        error: `unknown control action '${name}'`,
        actions: greenApiControlActions,
      });
    try {
      const parameters = parametersOf(request);
      const idInstance = () => {
        const value = Number(parameters.idInstance);
        if (!Number.isSafeInteger(value)) throw new Error(`'idInstance' is required`);
        return value;
      };
      const result = await action(control, parameters, idInstance);
      return jsonResponse(200, result ?? { ok: true });
    } catch (error) {
      return jsonResponse(400, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}
