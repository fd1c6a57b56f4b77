import { runFootprint } from './lib/footprint-section.mjs';
await runFootprint();
