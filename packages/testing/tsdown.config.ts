import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    conformance: 'src/conformance.ts',
    'green-api': 'src/green-api.ts',
    sdkwa: 'src/sdkwa.ts',
    whatsgate: 'src/whatsgate.ts',
    bin: 'src/bin.ts',
  },
  format: 'esm',
  fixedExtension: true,
  dts: true,
  platform: 'node',
  target: 'node20',
  clean: true,
});
