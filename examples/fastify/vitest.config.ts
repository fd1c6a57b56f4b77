import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../../vitest.shared.js';

/** The recipe's test: a real Fastify server on 127.0.0.1, posted to with fetch. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], ...workspaceTestBudgets } });
