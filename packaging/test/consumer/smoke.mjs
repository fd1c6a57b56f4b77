// Copied into a scratch app that installed the packed tarballs, and run there with `node smoke.mjs '<plan>'`.
// It loads every entry with import() and require(), then opens a messenger by config against an emulator of the
// packed testing package, sends and receives. It prints one line per failure and exits 1 if there was any.
import { createRequire } from 'node:module';

const plan = JSON.parse(process.argv[2]);
const require = createRequire(import.meta.url);
const failures = [];

function firstLine(error) {
  return String(error instanceof Error ? `${error.code ?? error.name}: ${error.message}` : error).split(
    '\n',
  )[0];
}

async function outcome(load) {
  try {
    await load();
    return undefined;
  } catch (error) {
    return error;
  }
}

for (const { specifier, missingPeer } of plan.entries) {
  for (const [how, load] of [
    ['import', () => import(specifier)],
    ['require', () => require(specifier)],
  ]) {
    const error = await outcome(load);
    if (missingPeer === undefined) {
      if (error !== undefined) failures.push(`${how}('${specifier}') failed: ${firstLine(error)}`);
    } else if (error === undefined) {
      failures.push(
        `${how}('${specifier}') loaded without its optional peer ${missingPeer}: drop the exception`,
      );
    } else if (!String(error.message).includes(`'${missingPeer}'`)) {
      failures.push(
        `${how}('${specifier}') failed other than for its missing peer ${missingPeer}: ${firstLine(error)}`,
      );
    }
  }
}

async function sendAndReceive() {
  const { createMessenger } = await import('@switchboard/core');
  const { greenApiAllWebhooksOn, startGreenApiEmulator } = await import('@switchboard/testing/green-api');
  const emulator = await startGreenApiEmulator({ settings: greenApiAllWebhooksOn });
  try {
    const instance = emulator.instances[0];
    emulator.control.authorize(instance.idInstance);
    const config = {
      provider: 'green-api',
      options: {
        network: 'whatsapp',
        idInstance: String(instance.idInstance),
        apiTokenInstance: instance.apiTokenInstance,
        apiUrl: instance.apiUrl,
        mediaUrl: instance.mediaUrl,
      },
    };
    // Under an isolated layout core cannot see the adapter, so the app passes its own import (as documented).
    const resolution = plan.importFromApp ? { importModule: (specifier) => import(specifier) } : undefined;
    const messenger = await createMessenger(config, resolution);
    const chatId = '79001234567@c.us';
    const sent = await messenger.sendText(chatId, 'hello from a packed app');
    const journal = emulator.control.sentMessages(instance.idInstance);
    if (typeof sent.messageId !== 'string' || !journal.some((message) => message.chatId === chatId))
      throw new Error(`the emulator did not see the sent message: ${JSON.stringify(journal)}`);
    emulator.control.injectIncomingMessage(instance.idInstance, { kind: 'text', text: 'hello packed app' });
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const item = await messenger.inbox.receive({ timeoutMilliseconds: 5_000 });
      if (!item) continue;
      await messenger.inbox.ack(item);
      const content = item.event.type === 'message-received' ? item.event.message.content : undefined;
      if (content?.type === 'text' && content.text === 'hello packed app') return;
    }
    throw new Error('the injected message was never received');
  } finally {
    await emulator.close();
  }
}

const messengerError = await outcome(sendAndReceive);
if (messengerError !== undefined)
  failures.push(`createMessenger send/receive failed: ${firstLine(messengerError)}`);

for (const failure of failures) console.error(failure);
console.log(`${plan.entries.length} entries checked, ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
