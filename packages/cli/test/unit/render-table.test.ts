import { describe, expect, it } from 'vitest';
import { renderTable, visibleWidth } from '../../src/output/render-table.js';

describe('renderTable', () => {
  it('aligns columns by visible width, ignoring colour codes', () => {
    const green = (text: string) => `\u001b[32m${text}\u001b[39m`;
    const table = renderTable(
      [['step', 'result']],
      [
        ['send-text', green('ok')],
        ['mark-read', 'FAILED'],
      ],
    );
    expect(table.replaceAll(green('ok'), 'ok')).toBe(
      ['step       result', '─────────  ──────', 'send-text  ok', 'mark-read  FAILED'].join('\n'),
    );
    expect(visibleWidth(green('ok'))).toBe(2);
  });

  it('leaves the rule out without header rows', () => {
    expect(renderTable([], [['state', 'authorized']])).toBe('state  authorized');
  });
});
