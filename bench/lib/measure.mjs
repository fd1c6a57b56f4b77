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

/**
 * Runs tasks side by side like {@link measureInterleaved}, but by a fixed count of iterations per
 * round and with the process's CPU time (user + system, `process.cpuUsage()`) as well as wall time:
 * CPU time per iteration barely moves when other processes load the machine, wall time does.
 * Returns, per task, the medians over the rounds in ms (divided by `perIteration`), or its error.
 *
 * @example
 * const results = await measureCpuInterleaved({ ky: () => kySend(), sendText: () => sendText() }, { iterations: 2000 });
 * results.get('ky'); // { milliseconds: 0.21, cpuMilliseconds: 0.19 }
 */
export async function measureCpuInterleaved(tasks, { iterations = 1000, perIteration = 1 } = {}) {
  const names = Object.keys(tasks);
  const samples = new Map(names.map((name) => [name, { wall: [], cpu: [] }]));
  const errors = new Map();
  for (let round = 0; round <= rounds; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) {
      if (errors.has(name)) continue;
      try {
        const cpuBefore = process.cpuUsage();
        const wallBefore = performance.now();
        for (let iteration = 0; iteration < iterations; iteration += 1) await tasks[name]();
        const wall = performance.now() - wallBefore;
        const { user, system } = process.cpuUsage(cpuBefore);
        // Round 0 warms up (JIT, connections) and is not counted.
        if (round === 0) continue;
        const count = iterations * perIteration;
        samples.get(name).wall.push(wall / count);
        samples.get(name).cpu.push((user + system) / 1000 / count);
      } catch (error) {
        errors.set(name, error);
      }
    }
  }
  return new Map(
    names.map((name) =>
      errors.has(name)
        ? [name, { error: errors.get(name) }]
        : [
            name,
            { milliseconds: median(samples.get(name).wall), cpuMilliseconds: median(samples.get(name).cpu) },
          ],
    ),
  );
}
