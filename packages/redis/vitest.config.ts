import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../../vitest.shared.js';

export default defineConfig({ test: { ...workspaceTestBudgets } });
