import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/adapter.ts', 'src/node.ts'],
  format: 'esm',
  fixedExtension: true,
  dts: true,
  platform: 'neutral',
  target: 'node20',
  clean: true,
  external: [/^node:/],
});
