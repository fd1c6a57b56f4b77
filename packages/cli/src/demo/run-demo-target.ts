import {
  createMessenger,
  findCatalogEntry,
  type Messenger,
  type ModuleImporter,
  type QrCode,
} from '@switchboard/core';
import { isAdapterMissing } from '../config/is-adapter-missing.js';
import { formatError } from '../output/format-error.js';
import type { SandboxDriver } from '../sandbox/sandbox-driver.js';
import type { DemoContext } from './demo-context.js';
import { type DemoStepResult, type DemoTargetReport, demoStepNames } from './demo-report.js';
import type { DemoServer } from './demo-server.js';
import { demoSteps } from './demo-steps.js';

/**
 * What {@link runDemoTarget} needs besides the account's driver.
 *
 * @example
 * ```ts
 * const settings: DemoTargetSettings = { server, importModule, waitMilliseconds: 10_000, showQrCode: () => 'drawn' };
 * ```
 */
export interface DemoTargetSettings {
  server: DemoServer;
  importModule: ModuleImporter;
  waitMilliseconds: number;
  /** Shows a QR code; returns how (`drawn`, `link shown` …) for the step's detail. */
  showQrCode(driver: SandboxDriver, qr: QrCode): string;
  /** Called after each step. */
  onStep?(driver: SandboxDriver, result: DemoStepResult): void;
}

function allSkipped(detail: string, first?: DemoStepResult): DemoStepResult[] {
  const rest = demoStepNames
    .filter((step) => step !== first?.step)
    .map((step): DemoStepResult => ({ step, status: 'skipped', detail }));
  return first === undefined ? rest : [first, ...rest];
}

async function openMessenger(
  driver: SandboxDriver,
  settings: DemoTargetSettings,
): Promise<Messenger | DemoStepResult[]> {
  try {
    return await createMessenger(driver.config, { importModule: settings.importModule });
  } catch (error) {
    if (isAdapterMissing(error, driver.provider)) {
      const packageName = findCatalogEntry(driver.provider)?.packageName ?? driver.provider;
      return allSkipped(`adapter not installed (${packageName})`);
    }
    const failure: DemoStepResult = { step: 'authorize', status: 'failed', error: formatError(error) };
    return allSkipped('the messenger could not be created', failure);
  }
}

/**
 * Runs every demo step for one emulated account, through the provider-neutral `Messenger` built by
 * `createMessenger(driver.config)`. A step the messenger does not support is `n/a`; a thrown error
 * fails the step and the demo goes on; when login fails, the remaining steps are skipped. An adapter
 * that is not installed skips the account.
 *
 * @example
 * ```ts
 * const report = await runDemoTarget(driver, settings);
 * report.steps.filter((step) => step.status === 'failed');
 * ```
 */
export async function runDemoTarget(
  driver: SandboxDriver,
  settings: DemoTargetSettings,
): Promise<DemoTargetReport> {
  const report: DemoTargetReport = {
    label: driver.label,
    provider: driver.provider,
    network: driver.network,
    steps: [],
  };
  const opened = await openMessenger(driver, settings);
  if (Array.isArray(opened)) {
    report.steps = opened;
    for (const result of opened) settings.onStep?.(driver, result);
    return report;
  }
  const context: DemoContext = {
    messenger: opened,
    driver,
    marker: `demo-${Math.random().toString(36).slice(2, 10)}`,
    fileUrl: settings.server.fileUrl,
    webhook: settings.server.addWebhookInbox(opened),
    waitMilliseconds: settings.waitMilliseconds,
    showQrCode: (qr) => settings.showQrCode(driver, qr),
    results: report.steps,
  };
  for (const step of demoStepNames) {
    const loggedIn = step === 'authorize' || report.steps[0]?.status === 'ok';
    let result: DemoStepResult;
    if (!loggedIn) result = { step, status: 'skipped', detail: 'not authorized' };
    else {
      try {
        result = { step, ...(await demoSteps[step](context)) };
      } catch (error) {
        result = { step, status: 'failed', error: formatError(error) };
      }
    }
    report.steps.push(result);
    settings.onStep?.(driver, result);
  }
  return report;
}
