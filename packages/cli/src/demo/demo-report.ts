/**
 * The steps of the demo, in the order they run.
 *
 * @example
 * ```ts
 * demoStepNames.includes('receive-webhook'); // true
 * ```
 */
export const demoStepNames = [
  'authorize',
  'send-text',
  'send-file',
  'send-location',
  'send-contact',
  'create-group',
  'post-to-group',
  'receive-polling',
  'download-media',
  'mark-read',
  'receive-webhook',
] as const;

/**
 * One step of the demo, see {@link demoStepNames}.
 *
 * @example
 * ```ts
 * const step: DemoStepName = 'download-media';
 * ```
 */
export type DemoStepName = (typeof demoStepNames)[number];

/**
 * How a step ended: `ok`; `n/a` when the provider does not support it (per `supports()`);
 * `skipped` when it could not run (adapter not installed, an earlier step failed); `failed` with
 * the error.
 *
 * @example
 * ```ts
 * const status: DemoStepStatus = 'n/a';
 * ```
 */
export type DemoStepStatus = 'ok' | 'n/a' | 'skipped' | 'failed';

/**
 * The result of one step for one account.
 *
 * @example
 * ```ts
 * const result: DemoStepResult = { step: 'send-text', status: 'ok', detail: 'message BAE5F4886E3A1F1D' };
 * ```
 */
export interface DemoStepResult {
  /** Which step, see {@link demoStepNames}. */
  step: DemoStepName;
  /** How it ended, see {@link DemoStepStatus}. */
  status: DemoStepStatus;
  /** What happened (an id, a byte count, why it is n/a or skipped). */
  detail?: string | undefined;
  /** The error of a failed step, one line. */
  error?: string | undefined;
}

/**
 * The results of one emulated account (`green-api/whatsapp`, `sdkwa/whatsapp`, …).
 *
 * @example
 * ```ts
 * report.targets.find((target) => target.label === 'whatsgate/whatsapp')?.steps;
 * ```
 */
export interface DemoTargetReport {
  /** `provider/network`, as printed, such as `sdkwa/whatsapp`. */
  label: string;
  /** The provider name, such as `'green-api'`. */
  provider: string;
  /** The emulated account's network, such as `'whatsapp'`. */
  network: string;
  /** Every step's result, in {@link demoStepNames} order. */
  steps: DemoStepResult[];
}

/**
 * The whole demo: every account's steps, totals, and `ok` (true only when no step failed or was
 * skipped).
 *
 * @example
 * ```ts
 * const report = await runDemo({ onTargetStart, onStep });
 * process.exitCode = report.ok ? 0 : 1;
 * ```
 */
export interface DemoReport {
  /** `true` only when no step failed or was skipped. */
  ok: boolean;
  /** How long the whole demo ran, from start to report. */
  durationMilliseconds: number;
  /** How many steps ended with each status, over every account. */
  totals: Record<DemoStepStatus, number>;
  /** One report per emulated account, in the order they ran. */
  targets: DemoTargetReport[];
}
