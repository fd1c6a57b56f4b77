import { defineConfig } from 'vitest/config';

/** The recipe's test: the bundled Worker (`pnpm build`) runs in workerd, driven through Miniflare. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'], hookTimeout: 60_000 } });
