import { beforeAll, describe, expect, it } from 'vitest';
import { measureBundles } from '../lib/footprint.mjs';
import { allowedGrowth, compareSizes, readSizeBaseline } from '../lib/size-comparison.mjs';

// The size gate inside `pnpm test`: every bundle recorded in bench/size-baseline.json must still build
// and stay within 10% of its recorded min+gzip size (sizes, never timings).
const baseline = await readSizeBaseline();
let comparison = [];

// Bundling every entry is CPU-bound: a loaded 2-core machine takes minutes where a quiet one takes seconds.
beforeAll(async () => {
  comparison = compareSizes(await measureBundles(), baseline);
}, 600_000);

describe('bundle sizes against bench/size-baseline.json', () => {
  it.each(Object.keys(baseline))('%s still builds and grew at most 10%%', (name) => {
    const row = comparison.find((candidate) => candidate.name === name);
    expect(row?.missing).toBeUndefined();
    expect(row?.gzipBytes).toBeLessThanOrEqual(Math.floor(row.baselineBytes * (1 + allowedGrowth)));
  });

  it('flags a bundle that grew more than 10%', () => {
    const sizes = new Map([['bundle', { gzipBytes: 1_120, minifiedBytes: 3_000 }]]);
    expect(compareSizes(sizes, { bundle: { gzipBytes: 1_000 } })[0]).toMatchObject({ verdict: 'regressed' });
    expect(compareSizes(sizes, { bundle: { gzipBytes: 1_050 } })[0]).toMatchObject({ verdict: 'ok' });
    expect(
      compareSizes(new Map([['bundle', { missing: 'not built yet' }]]), { bundle: { gzipBytes: 1 } })[0],
    ).toMatchObject({
      verdict: 'missing',
    });
  });
});
