import { renderTable } from '../output/render-table.js';
import type { Colors } from '../output/terminal.js';
import { type DemoReport, type DemoStepStatus, demoStepNames } from './demo-report.js';

function cell(status: DemoStepStatus | undefined, colors: Colors): string {
  switch (status) {
    case 'ok':
      return colors.green('ok');
    case 'failed':
      return colors.red(colors.bold('FAILED'));
    case 'skipped':
      return colors.yellow('skipped');
    case 'n/a':
      return colors.dim('n/a');
    default:
      return '';
  }
}

function explanations(report: DemoReport, colors: Colors): string[] {
  const lines: string[] = [];
  for (const target of report.targets) {
    const skippedAll = target.steps.every((step) => step.status === 'skipped');
    if (skippedAll) {
      lines.push(`${colors.yellow('skipped')} ${target.label}: ${target.steps[0]?.detail ?? ''}`);
      continue;
    }
    for (const step of target.steps) {
      if (step.status === 'failed')
        lines.push(`${colors.red('FAILED')}  ${target.label} ${step.step}: ${step.error}`);
    }
  }
  return lines;
}

/**
 * The demo's closing summary: a table of steps × accounts (ok, n/a, skipped, FAILED), a line per
 * failure with its error and per skipped account with the reason, and the totals.
 *
 * @example
 * ```ts
 * terminal.print(renderDemoSummary(report, terminal.colors));
 * ```
 */
export function renderDemoSummary(report: DemoReport, colors: Colors): string {
  const header = [
    ['step', ...report.targets.map((target) => target.provider)],
    ['', ...report.targets.map((target) => target.network)],
  ].map((row) => row.map((text) => colors.bold(text)));
  const body = demoStepNames.map((step) => [
    step,
    ...report.targets.map((target) =>
      cell(target.steps.find((result) => result.step === step)?.status, colors),
    ),
  ]);
  const { totals } = report;
  const seconds = (report.durationMilliseconds / 1000).toFixed(1);
  const totalsLine = `${totals.ok} ok · ${totals['n/a']} n/a · ${totals.failed} failed · ${totals.skipped} skipped in ${seconds} s`;
  const verdict = report.ok
    ? colors.green('Every applicable step worked.')
    : colors.red('Not every applicable step worked.');
  return [renderTable(header, body), '', ...explanations(report, colors), totalsLine, verdict].join('\n');
}
