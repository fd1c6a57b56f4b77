import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * One JSON line a worker wrote on stdout (`type` is `started`, `handled`, `dead-letter`, `error` or
 * `stopped`).
 *
 * @example
 * ```ts
 * const record: WorkerRecord = { owner: 'worker-a', type: 'handled', marker: 'wa-1', key: 'dedup:…' };
 * ```
 */
export interface WorkerRecord {
  owner: string;
  type: string;
  marker?: string;
  instanceId?: string;
  key?: string;
  phase?: string;
  error?: string;
}

/**
 * A spawned worker process and what it reported.
 *
 * @example
 * ```ts
 * const worker = spawnPollingWorker(scriptPath, { owner: 'worker-a', … }, (record) => records.push(record));
 * await worker.kill('SIGKILL');
 * ```
 */
export interface PollingWorker {
  owner: string;
  process: ChildProcess;
  /** What it wrote on stderr (crashes, warnings). */
  readonly stderr: string;
  /** Sends a signal and resolves once the process has exited and its stdout is fully read. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node <script>` with its configuration in `SWITCHBOARD_WORKER_CONFIG` and hands every JSON line it
 * prints to `onRecord`.
 *
 * @example
 * ```ts
 * const worker = spawnPollingWorker(new URL('../fixtures/polling-worker.mjs', import.meta.url), config, onRecord);
 * ```
 */
export function spawnPollingWorker(
  script: URL,
  config: { owner: string } & Record<string, unknown>,
  onRecord: (record: WorkerRecord) => void,
): PollingWorker {
  const child = spawn(process.execPath, [script.pathname], {
    env: { ...process.env, SWITCHBOARD_WORKER_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    try {
      onRecord(JSON.parse(line) as WorkerRecord);
    } catch {
      stderr += `unparsable stdout line: ${line}\n`;
    }
  });
  const closed = new Promise<void>((resolve) => lines.once('close', resolve));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    owner: config.owner,
    process: child,
    get stderr() {
      return stderr;
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await Promise.all([exited, closed]);
    },
  };
}
