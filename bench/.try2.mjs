import { greenApiAllWebhooksOn, startGreenApiEmulator } from '@switchboard/testing';
import { createGreenApiMessenger } from '@switchboard/green-api';
const emulator = await startGreenApiEmulator({ state: 'authorized', settings: greenApiAllWebhooksOn, instances: [{ typeInstance: 'whatsapp' }], timings: { receiveTimeoutSecondMilliseconds: 10, sendDelayScale: 0 } });
const [instance] = emulator.instances;
let t = performance.now();
for (let i = 0; i < 3000; i++) emulator.control.injectIncomingMessage(instance.idInstance, { kind: 'text', text: `m${i}` });
console.log('inject 3000', (performance.now() - t).toFixed(0), 'ms');
const base = `${instance.apiUrl}/waInstance${instance.idInstance}`;
t = performance.now();
for (let i = 0; i < 500; i++) {
  const r = await (await fetch(`${base}/receiveNotification/${instance.apiTokenInstance}?receiveTimeout=5`)).json();
  await (await fetch(`${base}/deleteNotification/${instance.apiTokenInstance}/${r.receiptId}`, { method: 'DELETE' })).json();
}
console.log('raw fetch 500 receive+delete', ((performance.now() - t) / 500 * 1000).toFixed(0), 'µs each');
const messenger = createGreenApiMessenger({ network: 'whatsapp', idInstance: String(instance.idInstance), apiTokenInstance: instance.apiTokenInstance, apiUrl: instance.apiUrl, mediaUrl: instance.mediaUrl });
t = performance.now();
for (let i = 0; i < 500; i++) { const item = await messenger.inbox.receive({ timeoutMilliseconds: 5000 }); await messenger.inbox.ack(item); }
console.log('messenger 500 receive+ack', ((performance.now() - t) / 500 * 1000).toFixed(0), 'µs each');
await emulator.close();
