import {
  type EmulatorFault,
  type EmulatorResponse,
  type EmulatorServerRequest,
  type FaultCondition,
  jsonResponse,
} from '../shared/index.js';
import { SdkwaUnknownInstanceError } from './create-sdkwa-control.js';
import type { SdkwaInjectedMessageInput } from './deliver-message.js';
import type { SdkwaEmulatorControl, SdkwaInstanceId } from './sdkwa-emulator-control.js';
import type { SdkwaInstanceSeed } from './sdkwa-instance-registry.js';
import type { SdkwaMessageStatus } from './sdkwa-types.js';

/** The arguments of a control request. @inline */
type ControlArguments = Record<string, unknown>;
/** One control action: acts on the emulator with the request's arguments. @inline */
type ControlAction = (control: SdkwaEmulatorControl, args: ControlArguments) => unknown;

class ControlArgumentError extends Error {}

function text(args: ControlArguments, name: string): string {
  const value = args[name];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value === '') throw new ControlArgumentError(`'${name}' is required`);
  return value;
}

function optionalText(args: ControlArguments, name: string): string | undefined {
  return args[name] === undefined ? undefined : text(args, name);
}

function instanceId(args: ControlArguments): SdkwaInstanceId {
  return text(args, 'idInstance');
}

function phoneOption(args: ControlArguments): { phone?: string } {
  const phone = optionalText(args, 'phone');
  return phone === undefined ? {} : { phone };
}

function messageInput(args: ControlArguments): SdkwaInjectedMessageInput {
  const { idInstance: _idInstance, bytesBase64, ...rest } = args;
  text(rest, 'type');
  const input = rest as unknown as SdkwaInjectedMessageInput & { bytes?: Uint8Array | string };
  if (typeof bytesBase64 === 'string') input.bytes = new Uint8Array(Buffer.from(bytesBase64, 'base64'));
  return input;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * The HTTP control routes: `POST {url}/__control/{action}` with named JSON arguments (or `GET` with query
 * parameters), answering JSON. `injectFault {fault, when?}` and `clearFaults` drive the shared FaultInjector;
 * media bytes of injected messages travel as `bytesBase64`.
 *
 * @example
 * await fetch(`${url}/__control/scanQr`, { method: 'POST', body: JSON.stringify({ idInstance }) });
 */
export const sdkwaControlActions: Readonly<Record<string, ControlAction>> = {
  instances: (control) => control.instances(),
  instance: (control, args) => control.instance(instanceId(args)),
  createInstance: (control, args) => control.createInstance(args as SdkwaInstanceSeed),
  setState: (control, args) => control.setState(instanceId(args), text(args, 'state')),
  authorize: (control, args) => control.authorize(instanceId(args), phoneOption(args)),
  scanQr: (control, args) => ({ scanned: control.scanQr(instanceId(args), phoneOption(args)) }),
  readAuthorizationCode: (control, args) => ({
    code: control.readAuthorizationCode(instanceId(args)) ?? null,
  }),
  confirmAuthorizationCode: (control, args) => ({
    confirmed: control.confirmAuthorizationCode(instanceId(args)),
  }),
  readRegistrationCode: (control, args) => control.readRegistrationCode(instanceId(args)) ?? null,
  refuseRegistration: (control, args) =>
    control.refuseRegistration(instanceId(args), optionalText(args, 'reason')),
  readConfirmationCode: (control, args) => ({ code: control.readConfirmationCode(instanceId(args)) ?? null }),
  injectIncomingMessage: (control, args) =>
    control.injectIncomingMessage(instanceId(args), messageInput(args)),
  injectPhoneMessage: (control, args) => control.injectPhoneMessage(instanceId(args), messageInput(args)),
  setMessageStatus: (control, args) => ({
    updated: control.setMessageStatus(
      instanceId(args),
      text(args, 'idMessage'),
      text(args, 'status') as SdkwaMessageStatus,
    ),
  }),
  setStatusInstance: (control, args) =>
    control.setStatusInstance(instanceId(args), text(args, 'statusInstance')),
  injectDeviceInfo: (control, args) => control.injectDeviceInfo(instanceId(args), record(args.deviceData)),
  injectIncomingCall: (control, args) => {
    const status = optionalText(args, 'status');
    const from = text(args, 'from');
    return control.injectIncomingCall(instanceId(args), status === undefined ? { from } : { from, status });
  },
  injectNotification: (control, args) =>
    control.injectNotification(instanceId(args), text(args, 'typeWebhook'), record(args.payload)),
  sentMessages: (control, args) => control.sentMessages(instanceId(args)),
  queuedNotifications: (control, args) => control.queuedNotifications(instanceId(args)),
  webhookDeliveries: (control) => control.webhookDeliveries(),
  webhooksIdle: async (control) => {
    await control.webhooksIdle();
    return { idle: true };
  },
  setWhatsappExists: (control, args) =>
    control.setWhatsappExists(text(args, 'phone'), args.exists === true || args.exists === 'true'),
  setChatName: (control, args) => control.setChatName(text(args, 'chatId'), text(args, 'name')),
  setChatPreferences: (control, args) =>
    control.setChatPreferences(instanceId(args), text(args, 'chatId'), {
      ...(typeof args.isMuted === 'boolean' ? { isMuted: args.isMuted } : {}),
      ...(typeof args.messageExpirationMilliseconds === 'number'
        ? { messageExpirationMilliseconds: args.messageExpirationMilliseconds }
        : {}),
    }),
  setBalance: (control, args) => control.setBalance(Number(text(args, 'amount'))),
  injectFault: (control, args) => {
    const fault = record(args.fault);
    if (fault === undefined || typeof fault.kind !== 'string')
      throw new ControlArgumentError("'fault' is required");
    control.faults.inject(fault as unknown as EmulatorFault, (record(args.when) ?? {}) as FaultCondition);
  },
  clearFaults: (control) => control.faults.clear(),
};

function readArguments(request: EmulatorServerRequest): ControlArguments {
  const args: ControlArguments = Object.fromEntries(request.query);
  if (request.method !== 'POST' || request.text().trim() === '') return args;
  const body = record(request.json());
  if (body === undefined) throw new ControlArgumentError('the body must be a JSON object');
  return { ...args, ...body };
}

/** Answers a `/__control/{action}` request (an empty action lists the actions). */
export async function handleControlRequest(
  action: string,
  request: EmulatorServerRequest,
  control: SdkwaEmulatorControl,
): Promise<EmulatorResponse> {
  if (action === '')
    return jsonResponse(200, { actions: Object.keys(sdkwaControlActions), instances: control.instances() });
  const run = sdkwaControlActions[action];
  if (run === undefined) return jsonResponse(404, { error: `Unknown control action '${action}'` });
  try {
    const result = await run(control, readArguments(request));
    return jsonResponse(200, result === undefined ? { ok: true } : result);
  } catch (error) {
    if (error instanceof SdkwaUnknownInstanceError) return jsonResponse(404, { error: error.message });
    const message = error instanceof Error ? error.message : String(error);
    return jsonResponse(400, { error: message });
  }
}
