import { Bench } from 'tinybench';

/** How long each task runs per round (ms) and how many interleaved rounds; override with env vars. */
export const timeMilliseconds = Number(process.env.BENCH_TIME_MS ?? 100);
export const rounds = Number(process.env.BENCH_ROUNDS ?? 10);

/**
 * Runs tasks side by side: `rounds` short rounds, each running every task once with tinybench
 * (`timeMilliseconds` of iterations; a 200 ms warm-up in the first round only), in a rotated order,
 * so that load from other processes hits every task alike. Returns, per task, the median over the
 * rounds of tinybench's mean iteration time in ms (divided by `perIteration`), or the error of a
 * task that failed.
 *
 * @example
 * const results = await measureInterleaved({ floor: () => send(), fetch: () => fetchSend() });
 * results.get('floor'); // { milliseconds: 0.101 }
 */
export async function measureInterleaved(tasks, { perIteration = 1 } = {}) {
  const names = Object.keys(tasks);
  const samples = new Map(names.map((name) => [name, []]));
  const errors = new Map();
  for (let round = 0; round < rounds; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) {
      if (errors.has(name)) continue;
      const bench = new Bench({
        time: timeMilliseconds,
        warmupTime: 100,
        iterations: 8,
        warmupIterations: 4,
      });
      bench.add(name, tasks[name]);
      await bench.run();
      const [task] = bench.tasks;
      if (task.result.state === 'errored') errors.set(name, task.result.error);
      else samples.get(name).push(task.result.latency.mean / perIteration);
    }
  }
  return new Map(
    names.map((name) =>
      errors.has(name)
        ? [name, { error: errors.get(name) }]
        : [name, { milliseconds: median(samples.get(name)) }],
    ),
  );
}

/**
 * The median of a list of numbers.
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
