import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../../vitest.shared.js';

/** The recipe's tests: real servers on 127.0.0.1 (Node in process, Bun as a child process), posted to with fetch. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], ...workspaceTestBudgets } });
