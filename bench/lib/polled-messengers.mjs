import { importOptional } from './load-optional.mjs';
import { messengerCount, scaleFactories } from './scale-messengers.mjs';

const longPollMilliseconds = 50;
const runMilliseconds = Number(process.env.BENCH_POLLED_MS ?? 5000);

/**
 * Polls `messengerCount` GREEN-API messengers with one `startPolling` (one shared stop signal) for a
 * while over a fetch whose `receiveNotification` long-polls 50 ms and answers `null`, and counts the
 * process warnings (`MaxListenersExceededWarning` among them) and receives. Run in its own process.
 *
 * @example
 * await pollManyMessengers(); // { messengers: 10000, receives: 190000, warnings: [] }
 */
export async function pollManyMessengers() {
  const greenApi = await importOptional('@switchboard/green-api');
  const core = await importOptional('@switchboard/core');
  if (greenApi?.createGreenApiMessenger === undefined || core?.startPolling === undefined) {
    return { missing: 'not built yet' };
  }
  const warnings = [];
  process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message.split('\n')[0]}`));
  let receives = 0;
  const errors = [];
  const fetch = (input) =>
    new Promise((resolve, reject) => {
      const { signal } = input;
      const timer = setTimeout(() => {
        receives += 1;
        resolve(new Response('null', { headers: { 'content-type': 'application/json' } }));
      }, longPollMilliseconds);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  const [entry] = scaleFactories;
  const messengers = Array.from({ length: messengerCount }, (_, index) =>
    greenApi.createGreenApiMessenger({ ...entry.options(index), fetch }),
  );
  const poller = core.startPolling(messengers, {
    onEvent: () => undefined,
    onDeadLetter: () => undefined,
    idleDelayMilliseconds: 0,
    receiveTimeoutMilliseconds: 5_000,
    onError: (error) => errors.push(String(error?.message ?? error).split('\n')[0]),
  });
  await new Promise((resolve) => setTimeout(resolve, runMilliseconds));
  await poller.stop();
  await new Promise((resolve) => setImmediate(resolve));
  return {
    messengers: messengers.length,
    receives,
    milliseconds: runMilliseconds,
    warnings,
    receiveErrors: errors.length,
    firstError: errors[0],
  };
}

if (process.argv.includes('--child')) {
  pollManyMessengers().then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => process.stdout.write(JSON.stringify({ missing: `failed: ${error.message.split('\n')[0]}` })),
  );
}
