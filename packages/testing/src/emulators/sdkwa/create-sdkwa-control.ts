import type { FaultInjector, WebhookDispatcher } from '../shared/index.js';
import { deliverMessage } from './deliver-message.js';
import type { SdkwaEmulatorContext } from './sdkwa-emulator-context.js';
import type {
  SdkwaEmulatorControl,
  SdkwaInstanceCredentials,
  SdkwaInstanceId,
} from './sdkwa-emulator-control.js';
import type { SdkwaInstance } from './sdkwa-instance.js';
import type { SdkwaInstanceRegistry } from './sdkwa-instance-registry.js';
import type { SdkwaUserAccount } from './sdkwa-user-account.js';

/**
 * Thrown by the control API for an unknown instance (HTTP control routes answer 404).
 *
 * @example
 * try { control.scanQr(1); } catch (error) { if (error instanceof SdkwaUnknownInstanceError) { … } }
 */
export class SdkwaUnknownInstanceError extends Error {
  /**
   * @example
   * new SdkwaUnknownInstanceError(1101000009);
   */
  constructor(idInstance: SdkwaInstanceId) {
    super(`Unknown SDKWA instance ${idInstance}`);
    this.name = 'SdkwaUnknownInstanceError';
  }
}

/** What {@link createSdkwaControl} works on. */
export interface SdkwaControlDependencies {
  registry: SdkwaInstanceRegistry;
  context: SdkwaEmulatorContext;
  faults: FaultInjector;
  dispatcher: WebhookDispatcher;
  account: SdkwaUserAccount;
}

const sampleDevice = {
  platform: 'android',
  deviceManufacturer: 'samsung',
  deviceModel: 'SM-A505F',
  osVersion: '11',
  waVersion: '2.23.1.1',
  battery: 80,
};

/** The credentials of an instance. */
export function credentialsOf(instance: SdkwaInstance): SdkwaInstanceCredentials {
  return {
    idInstance: instance.idInstance,
    apiTokenInstance: instance.apiTokenInstance,
    network: instance.network,
  };
}

/** Builds the typed control API of an emulator. */
export function createSdkwaControl(dependencies: SdkwaControlDependencies): SdkwaEmulatorControl {
  const { registry, context, faults, dispatcher, account } = dependencies;
  const find = (idInstance: SdkwaInstanceId): SdkwaInstance => {
    const instance = registry.get(idInstance);
    if (instance === undefined) throw new SdkwaUnknownInstanceError(idInstance);
    return instance;
  };
  const emit = (idInstance: SdkwaInstanceId, typeWebhook: string, payload: Record<string, unknown>) =>
    context.notifier.emit(find(idInstance), typeWebhook, payload);
  return {
    faults,
    instances: () => registry.all().map(credentialsOf),
    instance: (idInstance) => {
      const instance = find(idInstance);
      return {
        ...credentialsOf(instance),
        stateInstance: instance.state,
        phone: instance.phone,
        settings: { ...instance.settings },
        queuedNotifications: instance.notifications.size,
        queuedMessages: instance.outbox.size,
        deleted: instance.account.deleted,
      };
    },
    createInstance: (seed) => credentialsOf(registry.create(seed)),
    setState: (idInstance, state) => find(idInstance).setState(state),
    authorize: (idInstance, options) => find(idInstance).authorize(options?.phone),
    scanQr: (idInstance, options) => {
      const instance = find(idInstance);
      const qr = instance.qr;
      if (instance.hasAuth || qr === undefined) return false;
      if (Date.now() - qr.issuedAt >= context.timings.qrRefreshMilliseconds) return false;
      instance.authorize(options?.phone);
      return true;
    },
    readAuthorizationCode: (idInstance) => find(idInstance).pairingCode.current()?.code,
    confirmAuthorizationCode: (idInstance) => {
      const instance = find(idInstance);
      const issued = instance.pairingCode.consume();
      if (issued === undefined || instance.hasAuth) return false;
      instance.authorize(issued.phone);
      return true;
    },
    readRegistrationCode: (idInstance) => {
      const pending = find(idInstance).registration.pending();
      return pending === undefined
        ? undefined
        : { code: pending.code, phone: pending.phone, method: pending.method };
    },
    refuseRegistration: (idInstance, reason) => {
      find(idInstance).registration.refusalReason = reason;
    },
    readConfirmationCode: (idInstance) => find(idInstance).confirmationCode.current()?.code,
    injectIncomingMessage: (idInstance, input) =>
      deliverMessage(find(idInstance), context, input, 'incoming'),
    injectPhoneMessage: (idInstance, input) => deliverMessage(find(idInstance), context, input, 'phone'),
    setMessageStatus: (idInstance, idMessage, status) => find(idInstance).outbox.setStatus(idMessage, status),
    setStatusInstance: (idInstance, statusInstance) =>
      emit(idInstance, 'statusInstanceChanged', { statusInstance }),
    injectDeviceInfo: (idInstance, deviceData) =>
      emit(idInstance, 'deviceInfo', { deviceData: deviceData ?? { ...sampleDevice } }),
    injectIncomingCall: (idInstance, call) =>
      emit(idInstance, 'incomingCall', {
        from: call.from,
        status: call.status ?? 'offer',
        idMessage: context.ids.hex(32),
      }),
    injectNotification: (idInstance, typeWebhook, payload) => emit(idInstance, typeWebhook, payload ?? {}),
    sentMessages: (idInstance) => [...find(idInstance).sentRequests],
    queuedNotifications: (idInstance) => [...find(idInstance).notifications.entries()],
    webhookDeliveries: () => [...dispatcher.deliveries],
    webhooksIdle: () => dispatcher.idle(),
    setWhatsappExists: (phone, exists) => context.directory.setExists(phone, exists),
    setChatName: (chatId, name) => context.directory.setName(chatId, name),
    setChatPreferences: (idInstance, chatId, preferences) =>
      find(idInstance).chats.setPreferences(chatId, preferences),
    setBalance: (amount) => {
      account.balance = amount;
    },
  };
}
