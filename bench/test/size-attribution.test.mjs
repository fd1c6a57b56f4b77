import { beforeAll, describe, expect, it } from 'vitest';
import { attributedParts, attributeGreenApiBundle } from '../lib/size-attribution.mjs';

// The attribution behind bench/README.md's footprint explanation still works: every part it names
// exists and stubbing it out really removes bytes from the bundle (sizes, never timings).
let attribution;

beforeAll(async () => {
  attribution = await attributeGreenApiBundle();
}, 60_000);

describe('size attribution of the core + GREEN-API bundle', () => {
  it.each(attributedParts.map((part) => part.name))('%s: stubbing it out removes bytes', (name) => {
    const part = attribution.parts.find((candidate) => candidate.name === name);
    expect(part?.savedGzipBytes).toBeGreaterThan(100);
    expect(part?.savedGzipBytes).toBeLessThan(attribution.wholeGzipBytes);
  });
});
