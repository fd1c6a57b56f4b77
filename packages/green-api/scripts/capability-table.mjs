#!/usr/bin/env node
/**
 * Prints the GREEN-API capability table (markdown) from the BUILT package's capability declarations,
 * so the README never drifts from the code. Run after `pnpm build`:
 *
 *   node scripts/capability-table.mjs           # print the table
 *   node scripts/capability-table.mjs --write   # also replace it in README.md between the markers
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const startMarker = '<!-- capability-table:start -->';
export const endMarker = '<!-- capability-table:end -->';

const columns = [
  ['whatsapp', 'WhatsApp'],
  ['telegram', 'Telegram'],
  ['max', 'MAX'],
];

/**
 * Renders the markdown table: one row per contract operation, one column per network.
 *
 * @example
 * renderCapabilityTable((network) => createCapabilities(greenApiCapabilities[network]), listCapabilities);
 */
export function renderCapabilityTable(capabilitiesOf, listCapabilities) {
  const lists = columns.map(([network]) => new Map(listCapabilities(capabilitiesOf(network))));
  const paths = [...lists[0].keys()];
  const header = `| Operation | ${columns.map(([, title]) => title).join(' | ')} |`;
  const divider = `| --- | ${columns.map(() => ':---:').join(' | ')} |`;
  const rows = paths.map(
    (path) => `| \`${path}\` | ${lists.map((list) => (list.get(path) ? '✅' : '—')).join(' | ')} |`,
  );
  return [header, divider, ...rows].join('\n');
}

/**
 * Replaces the text between the markers of a README.
 *
 * @example
 * replaceBetweenMarkers(readme, table);
 */
export function replaceBetweenMarkers(readme, table) {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) throw new Error('README.md has no capability-table markers');
  return `${readme.slice(0, start + startMarker.length)}\n${table}\n${readme.slice(end)}`;
}

/**
 * Reads the table between the markers of a README.
 *
 * @example
 * tableBetweenMarkers(readme);
 */
export function tableBetweenMarkers(readme) {
  const start = readme.indexOf(startMarker);
  const end = readme.indexOf(endMarker);
  if (start === -1 || end === -1 || end < start) throw new Error('README.md has no capability-table markers');
  return readme.slice(start + startMarker.length, end).trim();
}

/**
 * Normalises a markdown table so that formatting (column padding, dash counts) does not matter: the
 * formatter aligns the table in the README.
 *
 * @example
 * normalizeMarkdownTable('| a   |\n| --- |'); // '|a|\n|-|'
 */
export function normalizeMarkdownTable(table) {
  return table
    .split('\n')
    .map((line) => line.replace(/\s+/g, '').replace(/-+/g, '-'))
    .join('\n');
}

async function main() {
  const { greenApiCapabilities } = await import('../dist/index.mjs');
  const { listCapabilities } = await import('@switchboard/core');
  const { createCapabilities } = await import('@switchboard/core/adapter');
  const table = renderCapabilityTable(
    (network) => createCapabilities(greenApiCapabilities[network]),
    listCapabilities,
  );
  process.stdout.write(`${table}\n`);
  if (process.argv.includes('--write')) {
    const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
    await writeFile(readmePath, replaceBetweenMarkers(await readFile(readmePath, 'utf8'), table));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
