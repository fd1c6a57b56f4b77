/** Notifications drained per run and the longest a run may take; override with env vars. */
export const notificationCount = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
export const runLimitMilliseconds = Number(process.env.BENCH_POLL_LIMIT_MS ?? 4_000);

async function startFilledEmulator(testing) {
  const emulator = await testing.startGreenApiEmulator({
    state: 'authorized',
    settings: testing.greenApiAllWebhooksOn,
    instances: [{ typeInstance: 'whatsapp' }],
    timings: { receiveTimeoutSecondMilliseconds: 10, sendDelayScale: 0 },
  });
  const [instance] = emulator.instances;
  for (let index = 0; index < notificationCount; index += 1) {
    const { published } = emulator.control.injectIncomingMessage(instance.idInstance, {
      kind: 'text',
      text: `message ${index}`,
    });
    if (!published) throw new Error('the emulator did not publish the notification');
  }
  return { emulator, instance };
}

function messengerFor(createGreenApiMessenger, instance, fetch) {
  return createGreenApiMessenger({
    network: 'whatsapp',
    idInstance: String(instance.idInstance),
    apiTokenInstance: instance.apiTokenInstance,
    apiUrl: instance.apiUrl,
    mediaUrl: instance.mediaUrl,
    ...(fetch === undefined ? {} : { fetch }),
  });
}

/**
 * Drains `notificationCount` incoming text notifications from a fresh GREEN-API emulator (`testing` is
 * the `@switchboard/testing` module) with core's `startPolling` and one messenger, `concurrency`
 * handlers at once; without `startPolling`, with a plain `inbox.receive` + `inbox.ack` loop (the
 * floor for this emulator). Stops at the count or after `runLimitMilliseconds`, whichever is first,
 * and reports what was handled in that time.
 *
 * @example
 * await drainNotifications({ testing, startPolling, createGreenApiMessenger, concurrency: 8 });
 * // { handled: 10000, milliseconds: 4100, duplicatesHandled: 0, deferred: 12, received: 10012 }
 */
export async function drainNotifications({
  testing,
  startPolling,
  createGreenApiMessenger,
  concurrency,
  fetch,
}) {
  const { emulator, instance } = await startFilledEmulator(testing);
  try {
    const messenger = messengerFor(createGreenApiMessenger, instance, fetch);
    return startPolling === undefined
      ? await drainWithLoop(messenger)
      : await drainWithPoller(messenger, startPolling, concurrency);
  } finally {
    await emulator.close();
  }
}

async function drainWithLoop(messenger) {
  const startedAt = performance.now();
  const seen = new Set();
  let received = 0;
  while (seen.size < notificationCount && performance.now() - startedAt < runLimitMilliseconds) {
    const item = await messenger.inbox.receive({ timeoutMilliseconds: 5_000 });
    if (item === null) continue;
    received += 1;
    seen.add(item.event.id);
    await messenger.inbox.ack(item);
  }
  const milliseconds = performance.now() - startedAt;
  return { handled: seen.size, milliseconds, duplicatesHandled: received - seen.size, deferred: 0, received };
}

async function drainWithPoller(messenger, startPolling, concurrency) {
  const seen = new Set();
  let duplicatesHandled = 0;
  let finish;
  const finished = new Promise((resolve) => {
    finish = resolve;
  });
  const startedAt = performance.now();
  const poller = startPolling(messenger, {
    concurrency,
    receiveTimeoutMilliseconds: 5_000,
    idleDelayMilliseconds: 10,
    onEvent: (event) => {
      if (seen.has(event.id)) duplicatesHandled += 1;
      seen.add(event.id);
      if (seen.size === notificationCount) finish();
    },
    onDeadLetter: () => undefined,
    onError: () => undefined,
  });
  const limit = setTimeout(finish, runLimitMilliseconds);
  await finished;
  const milliseconds = performance.now() - startedAt;
  clearTimeout(limit);
  const { deferred, received } = poller.stats;
  await poller.stop();
  return { handled: seen.size, milliseconds, duplicatesHandled, deferred, received };
}
