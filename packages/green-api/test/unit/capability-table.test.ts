import { readFileSync } from 'node:fs';
import { listCapabilities } from '@switchboard/core';
import { createCapabilities } from '@switchboard/core/adapter';
import { expect, it } from 'vitest';
import {
  normalizeMarkdownTable,
  renderCapabilityTable,
  replaceBetweenMarkers,
  tableBetweenMarkers,
} from '../../scripts/capability-table.mjs';
import { greenApiCapabilities } from '../../src/index.js';

it('the README capability table is the generated one', () => {
  const table = renderCapabilityTable(
    (network) => createCapabilities(greenApiCapabilities[network]),
    listCapabilities,
  );
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(normalizeMarkdownTable(tableBetweenMarkers(readme))).toBe(normalizeMarkdownTable(table));
  expect(table).toContain('| `send.poll` | ✅ | ✅ | — |');
  expect(tableBetweenMarkers(replaceBetweenMarkers(readme, table))).toBe(table);
});
