/** Notifications drained per run and the longest a run may take; override with env vars. */
export const notificationCount = Number(process.env.BENCH_NOTIFICATIONS ?? 10_000);
export const runLimitMilliseconds = Number(process.env.BENCH_POLL_LIMIT_MS ?? 10_000);

/**
 * Drains `notificationCount` incoming text notifications from a fresh GREEN-API emulator (`testing` is
 * the `@switchboard/testing` module) with core's
 * `startPolling` and one messenger, `concurrency` handlers at once. Stops at the count or after
 * `runLimitMilliseconds`, whichever is first, and reports what was handled in that time.
 *
 * @example
 * await drainWithPoller({ testing, startPolling, createGreenApiMessenger, concurrency: 8 });
 * // { handled: 10000, milliseconds: 4100, duplicatesHandled: 0, stats: { … } }
 */
export async function drainWithPoller({ testing, startPolling, createGreenApiMessenger, concurrency, fetch }) {
  const { greenApiAllWebhooksOn, startGreenApiEmulator } = testing;
  const emulator = await startGreenApiEmulator({
    state: 'authorized',
    settings: greenApiAllWebhooksOn,
    instances: [{ typeInstance: 'whatsapp' }],
    timings: { receiveTimeoutSecondMilliseconds: 10, sendDelayScale: 0 },
  });
  try {
    const [instance] = emulator.instances;
    for (let index = 0; index < notificationCount; index += 1) {
      const { published } = emulator.control.injectIncomingMessage(instance.idInstance, {
        kind: 'text',
        text: `message ${index}`,
      });
      if (!published) throw new Error('the emulator did not publish the notification');
    }
    const messenger = createGreenApiMessenger({
      network: 'whatsapp',
      idInstance: String(instance.idInstance),
      apiTokenInstance: instance.apiTokenInstance,
      apiUrl: instance.apiUrl,
      mediaUrl: instance.mediaUrl,
      ...(fetch === undefined ? {} : { fetch }),
    });
    const seen = new Set();
    let duplicatesHandled = 0;
    let finish;
    const finished = new Promise((resolve) => {
      finish = resolve;
    });
    const errors = [];
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
      onError: (error) => errors.push(error),
    });
    const limit = setTimeout(finish, runLimitMilliseconds);
    await finished;
    const milliseconds = performance.now() - startedAt;
    clearTimeout(limit);
    const stats = poller.stats;
    await poller.stop();
    return { handled: seen.size, milliseconds, duplicatesHandled, stats, errors: errors.length };
  } finally {
    await emulator.close();
  }
}
