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

type ControlAction = (control: GreenApiEmulatorControl, args: JsonObject, id: () => number) => unknown;

const text = (args: JsonObject, name: string): string | undefined =>
  typeof args[name] === 'string' ? (args[name] as string) : undefined;

const actions: Record<string, ControlAction> = {
  instances: (control) => control.instances(),
  'add-instance': (control, args) => control.addInstance(args as GreenApiInstanceOptions),
  'scan-qr': (control, args, id) => ({
    scanned: control.scanQr(id(), { ...(text(args, 'phone') ? { phone: text(args, 'phone') } : {}) }),
  }),
  authorize: (control, args, id) =>
    control.authorize(id(), { ...(text(args, 'phone') ? { phone: text(args, 'phone') } : {}) }),
  'confirm-pairing-code': (control, args, id) => ({
    confirmed: control.confirmPairingCode(id(), text(args, 'code')),
  }),
  'authorization-code': (control, _args, id) => ({ code: control.authorizationCode(id()) ?? null }),
  'two-factor-password': (control, args, id) => control.setTwoFactorPassword(id(), text(args, 'password')),
  state: (control, args, id) => control.setState(id(), args.stateInstance as GreenApiStateInstance),
  'status-instance': (control, args, id) =>
    control.setStatusInstance(id(), args.statusInstance === 'offline' ? 'offline' : 'online'),
  settings: (control, _args, id) => control.settings(id()),
  'update-settings': (control, args, id) =>
    control.updateSettings(id(), (args.settings ?? {}) as GreenApiWritableSettings),
  'incoming-message': (control, args, id) => {
    const input: JsonObject = { ...args };
    delete input.idInstance;
    return control.injectIncomingMessage(id(), input as unknown as GreenApiIncomingMessageInput);
  },
  notification: (control, args, id) => control.injectNotification(id(), (args.body ?? {}) as JsonObject),
  'incoming-call': (control, args, id) =>
    control.injectIncomingCall(id(), {
      ...(text(args, 'from') ? { from: text(args, 'from') } : {}),
      ...(text(args, 'status') ? { status: text(args, 'status') } : {}),
    }),
  'message-status': (control, args, id) =>
    control.setMessageStatus(
      id(),
      String(args.idMessage),
      args.status as GreenApiOutgoingStatus,
      text(args, 'description'),
    ),
  quota: (control, args, id) =>
    control.setQuota(id(), (args.quota ?? undefined) as GreenApiQuota | undefined),
  'rate-limit': (control, args) =>
    control.rateLimit(args as { method?: string; times?: number; retryAfterSeconds?: number }),
  faults: (control, args) =>
    control.injectFault(args.fault as EmulatorFault, args.when as FaultCondition | undefined),
  'clear-faults': (control) => control.clearFaults(),
  'sent-messages': (control, _args, id) => control.sentMessages(id()),
  notifications: (control, _args, id) => control.queuedNotifications(id()),
  'webhook-deliveries': (control, _args, id) => control.webhookDeliveries(id()),
  'read-marks': (control, _args, id) => control.readMarks(id()),
  contacts: (control, args, id) => control.addContact(id(), args.contact as GreenApiContact),
  groups: (control, args, id) => control.addGroup(id(), args.group as GreenApiGroupInput),
  settle: (control, _args, id) => control.settle(id()),
};

/**
 * Names of the HTTP control actions (`POST /__control/<action>` with a JSON body, or `GET` with query parameters;
 * most take `idInstance`).
 *
 * @example
 * greenApiControlActions.includes('scan-qr'); // true
 */
export const greenApiControlActions: readonly string[] = Object.keys(actions);

function argumentsOf(request: EmulatorRequest): JsonObject {
  const args: JsonObject = Object.fromEntries(request.query.entries());
  if (request.body.length === 0) return args;
  const parsed = request.json();
  return typeof parsed === 'object' && parsed !== null ? { ...args, ...(parsed as JsonObject) } : args;
}

/**
 * The HTTP face of {@link GreenApiEmulatorControl}: `/__control/<action>`, JSON in and out; errors are
 * 400 `{ error }`, unknown actions 404.
 *
 * @example
 * const handleControl = createControlRouter(control);
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
      const args = argumentsOf(request);
      const id = () => {
        const value = Number(args.idInstance);
        if (!Number.isSafeInteger(value)) throw new Error(`'idInstance' is required`);
        return value;
      };
      const result = await action(control, args, id);
      return jsonResponse(200, result ?? { ok: true });
    } catch (error) {
      return jsonResponse(400, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}
