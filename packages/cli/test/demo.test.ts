import { describe, expect, it } from 'vitest';
import type { DemoReport } from '../src/demo/demo-report.js';
import { demoStepNames } from '../src/demo/demo-report.js';
import { runCli } from './helpers/cli-process.js';

const landedProviders = ['green-api', 'whatsgate'];

describe('switchboard demo', () => {
  it('drives every account and reports each step as JSON', async () => {
    const result = await runCli(['demo', '--json']);
    const report = JSON.parse(result.stdout) as DemoReport;

    expect(report.targets.map((target) => target.label)).toEqual([
      'green-api/whatsapp',
      'green-api/telegram',
      'green-api/max',
      'sdkwa/whatsapp',
      'whatsgate/whatsapp',
    ]);
    for (const target of report.targets) {
      expect(target.steps.map((step) => step.step)).toEqual([...demoStepNames]);
      const skipped = target.steps.filter((step) => step.status === 'skipped');
      if (skipped.length > 0) {
        // Only an adapter that has not landed may be skipped, and then every step is.
        expect(landedProviders).not.toContain(target.provider);
        expect(skipped).toHaveLength(demoStepNames.length);
        expect(skipped[0]?.detail).toMatch(/^adapter not installed \(@switchboard\//);
        continue;
      }
      for (const step of target.steps)
        expect([target.label, step.step, step.status, step.error]).toEqual([
          target.label,
          step.step,
          expect.stringMatching(/^(ok|n\/a)$/),
          undefined,
        ]);
    }
    for (const provider of landedProviders) {
      const steps = report.targets
        .filter((target) => target.provider === provider)
        .flatMap((target) => target.steps);
      expect(steps.filter((step) => step.status === 'ok').length).toBeGreaterThan(0);
    }
    // Whatsgate has no groups: those steps are n/a, never failures.
    const whatsgate = report.targets.find((target) => target.provider === 'whatsgate');
    expect(whatsgate?.steps.find((step) => step.step === 'create-group')?.status).toBe('n/a');
    expect(result.exitCode).toBe(report.ok ? 0 : 1);
    expect(report.ok).toBe(report.totals.failed === 0 && report.totals.skipped === 0);
  });

  it('prints progress and a summary table, exiting 0 when every applicable step worked', async () => {
    const result = await runCli(['demo', '--only', 'whatsgate,green-api/telegram']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('whatsgate/whatsapp');
    expect(result.stdout).toMatch(/receive-webhook\s+ok\s+ok/);
    expect(result.stdout).toMatch(/create-group\s+ok\s+n\/a/);
    expect(result.stdout).toContain('Every applicable step worked.');
    expect(result.stderr).toBe('');
  });
});
