import { defineConfig } from 'tsdown';

/** One self-contained ES module for workerd, as wrangler would deploy it (every dependency bundled). */
export default defineConfig({
  entry: ['src/worker.ts'],
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  fixedExtension: true,
  dts: false,
  clean: true,
  noExternal: [/.*/],
});
