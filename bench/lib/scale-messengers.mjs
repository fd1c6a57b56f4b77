import { importOptional } from './load-optional.mjs';

/** The messenger count of the scale scenario. */
export const messengerCount = Number(process.env.BENCH_MESSENGERS ?? 10_000);

const token = (index) =>
  `${index.toString(16).padStart(8, '0')}${'d75b3a66374942c5b3c019c698abc2067e15155'}`.slice(0, 48);
const unusedUrl = 'http://127.0.0.1:9';

/**
 * The adapters whose messengers are created at scale, with per-tenant options (no request is sent:
 * creating a messenger is local).
 *
 * @example
 * scaleFactories[0].options(1); // { network: 'whatsapp', idInstance: '1101000001', … }
 */
export const scaleFactories = [
  {
    adapter: 'green-api',
    factory: 'createGreenApiMessenger',
    options: (index) => ({
      network: 'whatsapp',
      idInstance: String(1101000000 + index),
      apiTokenInstance: token(index),
      apiUrl: unusedUrl,
      mediaUrl: unusedUrl,
    }),
  },
  {
    adapter: 'sdkwa',
    factory: 'createSdkwaMessenger',
    options: (index) => ({
      network: 'whatsapp',
      idInstance: String(1101000000 + index),
      apiTokenInstance: token(index),
      host: unusedUrl,
    }),
  },
  {
    adapter: 'whatsgate',
    factory: 'createWhatsgateMessenger',
    options: (index) => ({ whatsappId: `whatsapp-${index}`, apiKey: token(index), baseUrl: unusedUrl }),
  },
];

/**
 * Creates `messengerCount` messengers of one adapter and measures the time and the retained memory
 * (heap + external after a full GC). Run in its own process with `--expose-gc`.
 *
 * @example
 * await measureMessengers(scaleFactories[0]); // { milliseconds: 812, heapBytes: 61234567, … }
 */
export async function measureMessengers(entry) {
  const module = await importOptional(`@switchboard/${entry.adapter}`);
  const create = module?.[entry.factory];
  if (create === undefined) return { missing: 'not built yet' };
  create(entry.options(0));
  globalThis.gc();
  const before = process.memoryUsage();
  const startedAt = performance.now();
  const messengers = [];
  for (let index = 1; index <= messengerCount; index += 1) messengers.push(create(entry.options(index)));
  const milliseconds = performance.now() - startedAt;
  globalThis.gc();
  const after = process.memoryUsage();
  if (typeof messengers.at(-1)?.sendText !== 'function') throw new Error('the factory returned no messenger');
  return {
    milliseconds,
    heapBytes: after.heapUsed - before.heapUsed + (after.external - before.external),
    rssBytes: after.rss - before.rss,
    count: messengers.length,
  };
}

const adapterArgument = process.argv.indexOf('--adapter');
if (adapterArgument !== -1) {
  const entry = scaleFactories.find((candidate) => candidate.adapter === process.argv[adapterArgument + 1]);
  measureMessengers(entry).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => process.stdout.write(JSON.stringify({ missing: `failed: ${error.message.split('\n')[0]}` })),
  );
}
