import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Type tests (`*.test-d.ts`, `expectTypeOf`) run with tsc inside `pnpm test`.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.type-tests.json' },
  },
});
