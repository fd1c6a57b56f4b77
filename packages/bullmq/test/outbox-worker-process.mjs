// One outbox worker process for the multi-process test: sends through GREEN-API messengers pointed at the
// emulator (10 s timeout), reports "ready" to its parent, and closes gracefully on SIGTERM.
import { MessengerError } from '@switchboard/core';
import { createOutbox } from '../dist/index.mjs';
import { emulatorMessengers } from './emulator-messengers.mjs';

const settings = JSON.parse(process.env.OUTBOX_TEST_SETTINGS ?? '{}');
let sends = 0;

/** Every `lostAnswerEvery`-th send reaches the provider, but its answer is lost (a connection dropped on the way back). */
function losingAnswers(messenger) {
  const send = async (outgoing) => {
    sends += 1;
    const sent = await messenger.send(outgoing);
    if (sends % settings.lostAnswerEvery === 0) {
      throw new MessengerError('connection reset after the request was sent', { code: 'network' });
    }
    return sent;
  };
  return new Proxy(messenger, { get: (target, property) => (property === 'send' ? send : target[property]) });
}

const outbox = createOutbox({
  connection: settings.redisUrl,
  queueName: settings.queueName,
  keyPrefix: settings.keyPrefix,
  pacing: settings.pacing,
  keepPacingGrants: settings.keepPacingGrants,
  attempts: settings.attempts,
  baseRetryDelayMilliseconds: settings.baseRetryDelayMilliseconds,
  maximumRetryDelayMilliseconds: settings.maximumRetryDelayMilliseconds,
  turnCheckMilliseconds: settings.turnCheckMilliseconds,
  resolveMessenger: emulatorMessengers(settings.instances, { wrap: losingAnswers }),
});
outbox.startWorker({
  concurrency: settings.concurrency,
  lockDurationMilliseconds: settings.lockDurationMilliseconds,
  stalledIntervalMilliseconds: settings.stalledIntervalMilliseconds,
});
process.send?.('ready');
process.once('SIGTERM', () => {
  outbox.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
