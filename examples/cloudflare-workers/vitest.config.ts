import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../../vitest.shared.js';

/** The recipe's test: the bundled Worker (`pnpm build`) runs in workerd, driven through Miniflare. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], ...workspaceTestBudgets } });
