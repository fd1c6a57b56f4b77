import { it } from 'vitest';
const load = (specifier: string) => import(/* @vite-ignore */ specifier);
it('probe', async () => {
for (const s of ['@switchboard/green-api', 'file:///tmp/regprobe/nope.mjs', 'file:///tmp/regprobe/dep-missing.mjs', 'left-pad-zz']) {
  try { await load(s); } catch (e) { const x = e as Error & {code?: string}; console.log(s, '|', x.code, '|', x.message.split('\n')[0]); }
}
});
