import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/feature-matrix.mjs', import.meta.url));
const matrix = fileURLToPath(new URL('../../../docs/feature-matrix.md', import.meta.url));

function run(args: string[]): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

describe('docs/feature-matrix.md', () => {
  it('is what the adapters declare (regenerate with node packages/cli/scripts/feature-matrix.mjs)', async () => {
    const result = await run(['--check']);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const markdown = readFileSync(matrix, 'utf8');
    expect(markdown).toContain(
      '| operation | green-api<br>whatsapp | green-api<br>telegram | green-api<br>max | sdkwa<br>whatsapp | sdkwa<br>telegram | whatsgate<br>whatsapp |',
    );
    expect(markdown).toMatch(/\| `groups\.create` \| ✓ \| ✓ \| ✓ \| ✓ \| ✓ \| — \|/);
  });
});
