import { defineConfig } from 'vitest/config';

// Deadlines, not speed: the tests wait for outcomes with their own deadlines and must pass on a loaded 2-core machine.
export default defineConfig({
  test: { testTimeout: 120_000, hookTimeout: 60_000 },
});
