import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../vitest.shared.js';

/**
 * The link check reads every Markdown file of the repository, the generated API reference included
 * (`pnpm run docs` builds it first).
 *
 * @example
 * ```sh
 * pnpm exec vitest run test/links.test.ts
 * ```
 */
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], ...workspaceTestBudgets },
});
