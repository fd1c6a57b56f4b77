import { defineConfig } from 'vitest/config';

/** The recipe's test: a real Fastify server on 127.0.0.1, posted to with fetch. */
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
