import { defineConfig } from 'vitest/config';
import { workspaceTestBudgets } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...workspaceTestBudgets,
    // Type tests (`*.test-d.ts`, `expectTypeOf`) run with tsc inside `pnpm test`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.type-tests.json' },
  },
});
