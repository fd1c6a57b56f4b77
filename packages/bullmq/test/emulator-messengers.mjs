import { createGreenApiMessenger } from '@switchboard/green-api';

/**
 * Resolves instance ids to GREEN-API messengers of emulator instances, built once each, with `retry: false` unless told (every
 * attempt goes through the outbox) and passed through `wrap`. Plain JavaScript: the worker processes run it too.
 *
 * @example
 * const resolveMessenger = emulatorMessengers(emulator.instances, { timeoutMilliseconds: 2000 });
 */
export function emulatorMessengers(
  instances,
  { timeoutMilliseconds = 10_000, retry = false, wrap = (messenger) => messenger } = {},
) {
  const byId = new Map(instances.map((instance) => [String(instance.idInstance), instance]));
  const messengers = new Map();
  return (instanceId) => {
    let messenger = messengers.get(instanceId);
    if (messenger === undefined) {
      const instance = byId.get(instanceId);
      if (instance === undefined) throw new Error(`no instance ${instanceId}`);
      messenger = wrap(
        createGreenApiMessenger({
          network: 'whatsapp',
          idInstance: instance.idInstance,
          apiTokenInstance: instance.apiTokenInstance,
          apiUrl: instance.apiUrl,
          mediaUrl: instance.mediaUrl,
          retry,
          timeoutMilliseconds,
        }),
      );
      messengers.set(instanceId, messenger);
    }
    return messenger;
  };
}
