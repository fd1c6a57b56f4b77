import { runEdgeSmoke } from './lib/edge-smoke.mjs';
console.log(await runEdgeSmoke('/tmp/switchboard-portability/edge'));
