import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../../vitest.shared.js';

/** The recipe's test: startPolling against the GREEN-API emulator, a real HTTP server on 127.0.0.1. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], ...workspaceTestBudgets } });
