// `pnpm bench`: every benchmark side by side in one run, printed as tables.
//   node bench/run.mjs                          all scenarios
//   node bench/run.mjs --only send,inbound      some of them (send, inbound, footprint, scale, outbox)
// Knobs (env): BENCH_TIME_MS (per task per round, default 100), BENCH_ROUNDS (default 10),
// BENCH_MESSENGERS (default 10000), BENCH_NOTIFICATIONS (default 10000), BENCH_POLL_LIMIT_MS (default 4000),
// BENCH_OUTBOX_MESSAGES (default 3000).
import { availableParallelism, cpus, loadavg } from 'node:os';
import { runFootprint } from './lib/footprint-section.mjs';
import { runInboundCost } from './lib/inbound-cost.mjs';
import { rounds, timeMilliseconds } from './lib/measure.mjs';
import { runOutbox } from './lib/outbox-section.mjs';
import { runScale } from './lib/scale-section.mjs';
import { runSendCost } from './lib/send-cost.mjs';

const scenarios = {
  send: runSendCost,
  inbound: runInboundCost,
  footprint: runFootprint,
  scale: runScale,
  outbox: runOutbox,
};
const onlyIndex = process.argv.indexOf('--only');
const selected = onlyIndex === -1 ? Object.keys(scenarios) : process.argv[onlyIndex + 1].split(',');
const unknown = selected.filter((name) => !(name in scenarios));
if (unknown.length > 0) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
console.log('# Switchboard benchmarks');
console.log(
  `date ${new Date().toISOString()}; node ${process.version}; ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'})`,
);
console.log(
  `load average at start ${load()}; tinybench: ${rounds} interleaved rounds × ${timeMilliseconds} ms per task, median of the rounds`,
);
const startedAt = performance.now();
for (const name of selected) await scenarios[name]();
console.log(
  `\nload average at end ${load()}; total ${((performance.now() - startedAt) / 1000).toFixed(0)} s`,
);
