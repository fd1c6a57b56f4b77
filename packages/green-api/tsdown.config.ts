import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/webhook.ts'],
  format: 'esm',
  dts: true,
  platform: 'neutral',
  target: 'node20',
  clean: true,
});
