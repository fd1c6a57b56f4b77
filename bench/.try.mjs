import { runScale } from './lib/scale-section.mjs';
await runScale();
