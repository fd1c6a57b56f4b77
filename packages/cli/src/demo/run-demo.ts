import type { ModuleImporter, QrCode } from '@switchboard/core';
import { CliError } from '../cli-error.js';
import type { SandboxDriver } from '../sandbox/sandbox-driver.js';
import { startSandbox } from '../sandbox/start-sandbox.js';
import type { DemoReport, DemoStepResult, DemoStepStatus } from './demo-report.js';
import { startDemoServer } from './demo-server.js';
import { runDemoTarget } from './run-demo-target.js';

/**
 * Options of {@link runDemo}.
 *
 * @example
 * ```ts
 * const options: DemoOptions = { importModule: (specifier) => import(specifier), only: ['whatsgate'] };
 * ```
 */
export interface DemoOptions {
  /** Imports adapter packages (pass `(specifier) => import(specifier)` from the app). */
  importModule: ModuleImporter;
  /**
   * Run only accounts whose provider or label (`green-api/telegram`) is listed; none matching rejects with a
   * usage `CliError` (exit code 2).
   */
  only?: readonly string[] | undefined;
  /** How long each wait may take (default 10,000 ms). */
  waitMilliseconds?: number | undefined;
  /** Called when an account starts. */
  onTargetStart?(driver: SandboxDriver): void;
  /** Shows a QR code; returns how it was shown (default: `'received'`). */
  showQrCode?(driver: SandboxDriver, qr: QrCode): string;
  /** Called after each step. */
  onStep?(driver: SandboxDriver, result: DemoStepResult): void;
}

/**
 * The demo: starts the emulators (GREEN-API WhatsApp, Telegram and MAX; SDKWA; Whatsgate) and a local
 * server, then drives each account through the provider-neutral contract: log in, send text, a file,
 * a location and a contact, create a group and post to it, receive a reply by polling (and download
 * its image, mark it read) and another by webhook. Everything is stopped at the end.
 *
 * @example
 * ```ts
 * const report = await runDemo({ importModule: (specifier) => import(specifier) });
 * console.log(report.ok, report.totals);
 * ```
 */
export async function runDemo(options: DemoOptions): Promise<DemoReport> {
  const started = Date.now();
  const sandbox = await startSandbox({ speed: 'instant' });
  const server = await startDemoServer().catch(async (error: unknown) => {
    await sandbox.close();
    throw error;
  });
  try {
    const only = options.only ?? [];
    const drivers = sandbox.drivers.filter(
      (driver) => only.length === 0 || only.includes(driver.provider) || only.includes(driver.label),
    );
    if (drivers.length === 0) {
      const labels = sandbox.drivers.map((driver) => driver.label).join(', ');
      throw new CliError(`No sandbox account matches ${only.join(', ')} (the accounts are ${labels})`, 2);
    }
    const targets = [];
    for (const driver of drivers) {
      options.onTargetStart?.(driver);
      targets.push(
        await runDemoTarget(driver, {
          server,
          importModule: options.importModule,
          waitMilliseconds: options.waitMilliseconds ?? 10_000,
          showQrCode: options.showQrCode ?? (() => 'received'),
          ...(options.onStep === undefined ? {} : { onStep: options.onStep }),
        }),
      );
    }
    const totals: Record<DemoStepStatus, number> = { ok: 0, 'n/a': 0, skipped: 0, failed: 0 };
    for (const step of targets.flatMap((target) => target.steps)) totals[step.status] += 1;
    return {
      ok: totals.failed === 0 && totals.skipped === 0,
      durationMilliseconds: Date.now() - started,
      totals,
      targets,
    };
  } finally {
    await server.close();
    await sandbox.close();
  }
}
