import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  fixedExtension: true,
  dts: true,
  platform: 'node',
  target: 'node20',
  clean: true,
});
