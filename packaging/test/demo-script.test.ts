import { expect, it } from 'vitest';
import { runCommand } from './support/run-command.js';
import { repositoryRoot } from './support/workspace-packages.js';

it('pnpm demo says why it failed when a step cannot start', async () => {
  // node by its path, and a PATH without pnpm: the build step cannot be spawned.
  const result = await runCommand(process.execPath, ['scripts/demo.mjs'], {
    cwd: repositoryRoot,
    environment: { PATH: '/nonexistent' },
  });
  expect(result.exitCode).toBe(1);
  expect(result.stderr).toContain('pnpm demo: the build failed');
  expect(result.stderr).toMatch(/could not start pnpm: .*ENOENT/);
});
