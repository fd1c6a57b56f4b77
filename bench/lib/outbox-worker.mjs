// One outbox worker process for the outbox benchmark: GREEN-API messengers pointed at the emulator, no pacing.
import { createOutbox } from '@switchboard/bullmq';
import { createGreenApiMessenger } from '@switchboard/green-api';

const settings = JSON.parse(process.env.BENCH_OUTBOX_SETTINGS ?? '{}');
const instances = new Map(settings.instances.map((instance) => [String(instance.idInstance), instance]));
const messengers = new Map();

const outbox = createOutbox({
  connection: settings.redisUrl,
  queueName: settings.queueName,
  resolveMessenger: (instanceId) => {
    let messenger = messengers.get(instanceId);
    if (messenger === undefined) {
      const instance = instances.get(instanceId);
      messenger = createGreenApiMessenger({
        network: 'whatsapp',
        idInstance: instance.idInstance,
        apiTokenInstance: instance.apiTokenInstance,
        apiUrl: instance.apiUrl,
        mediaUrl: instance.mediaUrl,
        retry: false,
      });
      messengers.set(instanceId, messenger);
    }
    return messenger;
  },
});
outbox.startWorker({ concurrency: settings.concurrency });
process.send?.('ready');
process.once('SIGTERM', () => {
  outbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
