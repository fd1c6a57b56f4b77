import type { QrCode } from '@switchboard/core';
import type { Command } from 'commander';
import { CommandExit } from '../cli-error.js';
import { cliImportModule } from '../config/import-module.js';
import type { DemoStepResult } from '../demo/demo-report.js';
import { renderDemoSummary } from '../demo/render-demo-summary.js';
import { runDemo } from '../demo/run-demo.js';
import type { CliStreams } from '../output/cli-streams.js';
import { renderQrCode } from '../output/render-qr-code.js';
import type { Terminal } from '../output/terminal.js';
import type { SandboxDriver } from '../sandbox/sandbox-driver.js';
import { commandContext, integerFlag } from './command-context.js';

interface DemoFlags {
  only?: string[];
  wait?: number;
}

const qrDetails = {
  drawing: 'drawn',
  link: 'page link shown',
  file: 'image saved',
  nothing: 'image not drawable',
} as const;

function showQrCode(terminal: Terminal, driver: SandboxDriver, qr: QrCode): string {
  const rendered = renderQrCode(qr);
  if (!terminal.json) {
    const hint = rendered.shown === 'drawing' ? 'scan this QR code with the phone' : 'the QR code';
    terminal.print(`  ${hint} (the sandbox scans it for ${driver.label}):`);
    if (rendered.drawing !== undefined) terminal.print(rendered.drawing.replace(/^/gm, '  '));
    if (rendered.note !== undefined) terminal.print(terminal.colors.dim(`  ${rendered.note}`));
  }
  return qrDetails[rendered.shown];
}

function createStepPrinter(terminal: Terminal): (driver: SandboxDriver, result: DemoStepResult) => void {
  const { colors } = terminal;
  const marks = {
    ok: colors.green('✓'),
    'n/a': colors.dim('–'),
    skipped: colors.yellow('○'),
    failed: colors.red('✗'),
  };
  let repeated: string | undefined;
  return (driver, result) => {
    const key = `${driver.label}\n${result.detail}`;
    if (result.status === 'skipped' && key === repeated) return;
    repeated = result.status === 'skipped' ? key : undefined;
    const name =
      result.status !== 'skipped' ? result.step : result.step === 'authorize' ? 'all steps' : 'the rest';
    const detail = result.error ?? result.detail ?? '';
    const text = result.status === 'failed' ? colors.red(detail) : colors.dim(detail);
    const status = result.status === 'ok' ? '' : `${result.status}  `;
    terminal.print(`  ${marks[result.status]} ${name.padEnd(16)}${status}${text}`);
  };
}

/**
 * Registers `switchboard demo`: runs the demo against the embedded emulators and prints each step,
 * then the summary table (`--json`: the report as JSON). Exits 0 only if every applicable step worked.
 *
 * @example
 * ```ts
 * registerDemoCommand(program, processStreams());
 * // switchboard demo --only green-api,whatsgate --json
 * ```
 */
export function registerDemoCommand(program: Command, streams: CliStreams): void {
  program
    .command('demo')
    .description('drive every provider through the contract against embedded emulators (no accounts needed)')
    .option(
      '--only <providers>',
      'run only these providers or accounts, comma-separated (green-api/telegram)',
      (value) => value.split(',').map((name) => name.trim()),
    )
    .option(
      '--wait <milliseconds>',
      'how long each wait may take',
      integerFlag('--wait', 100, 600_000),
      10_000,
    )
    .action(async (options: DemoFlags, command: Command) => {
      const { terminal } = commandContext(command, streams);
      if (!terminal.json)
        terminal.print(terminal.colors.bold('Switchboard demo: embedded emulators, no accounts'));
      const report = await runDemo({
        importModule: cliImportModule,
        only: options.only,
        waitMilliseconds: options.wait,
        onTargetStart: (driver) => {
          if (!terminal.json) terminal.print(`\n${terminal.colors.bold(driver.label)}`);
        },
        showQrCode: (driver, qr) => showQrCode(terminal, driver, qr),
        ...(terminal.json ? {} : { onStep: createStepPrinter(terminal) }),
      });
      if (terminal.json) terminal.printJson(report);
      else terminal.print(`\n${renderDemoSummary(report, terminal.colors)}`);
      if (!report.ok) throw new CommandExit(1);
    });
}
