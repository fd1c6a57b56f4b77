import { describe, expect, it } from 'vitest';
import type { DemoReport } from '../src/demo/demo-report.js';
import { demoStepNames } from '../src/demo/demo-report.js';
import { runCli } from './helpers/cli-process.js';

describe('switchboard demo', () => {
  it('drives every account through every step and reports it as JSON', async () => {
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
      const outcomes = target.steps.map(
        (step) => `${step.step}: ${step.status}${step.error ? ` ${step.error}` : ''}`,
      );
      expect(outcomes, target.label).toEqual(
        target.steps.map((step) => `${step.step}: ${step.status === 'n/a' ? 'n/a' : 'ok'}`),
      );
    }
    // n/a only where the adapter declares no support: Whatsgate has no groups, locations or contacts.
    const notApplicable = report.targets.flatMap((target) =>
      target.steps.filter((step) => step.status === 'n/a').map((step) => `${target.label} ${step.step}`),
    );
    expect(notApplicable).toEqual([
      'whatsgate/whatsapp send-location',
      'whatsgate/whatsapp send-contact',
      'whatsgate/whatsapp create-group',
      'whatsgate/whatsapp post-to-group',
    ]);
    expect(report).toMatchObject({ ok: true, totals: { failed: 0, skipped: 0, 'n/a': 4 } });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('prints progress and a summary table', async () => {
    const result = await runCli(['demo', '--only', 'whatsgate,green-api/telegram']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('whatsgate/whatsapp');
    expect(result.stdout).toMatch(/receive-webhook\s+ok\s+ok/);
    expect(result.stdout).toMatch(/create-group\s+ok\s+n\/a/);
    expect(result.stdout).toContain('Every applicable step worked.');
    expect(result.stdout).not.toContain('sdkwa');
  });

  it('refuses an --only that matches no account as a usage error', async () => {
    const result = await runCli(['demo', '--only', 'acme']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'error: No sandbox account matches acme (the accounts are green-api/whatsapp, green-api/telegram, green-api/max, sdkwa/whatsapp, whatsgate/whatsapp)\n',
    );
  });

  it('refuses an unknown --only as one JSON usage error with --json', async () => {
    const result = await runCli(['--json', 'demo', '--only', 'nope']);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toEqual({
      error: { code: 'usage', message: expect.stringMatching(/^No sandbox account matches nope /) },
    });
  });
});
