import { describe, expect, it } from 'vitest';
import { Redactor } from '../../src/redaction/redactor.js';

describe('Redactor forms of a secret', () => {
  const token = 'd75b3a66374942c5b3c019c698abc2067e151558acbd412345';

  it.each([
    ['a trailing newline (a secret file)', `${token}\n`],
    ['a trailing CR LF', `${token}\r\n`],
    ['surrounding spaces', `  ${token} `],
    ['a tab inside', `${token.slice(0, 20)}\t${token.slice(20)}`],
  ])('redacts the token as a URL path carries it, when registered with %s', (_label, registered) => {
    const redactor = new Redactor([registered]);
    // The URL parser drops tab, CR and LF from a path; the token reaches the request without them.
    const path = new URL(`https://api.example.test/waInstance1/getSettings/${registered.trim()}`).pathname;
    expect(path).toContain(token);
    expect(redactor.redact(`GET ${path} failed with 403`)).toBe(
      'GET /waInstance1/getSettings/*** failed with 403',
    );
  });

  it('leaves text alone when only short or blank values were registered', () => {
    const redactor = new Redactor([' \n ', 'ab']);
    expect(redactor.redact('nothing to hide')).toBe('nothing to hide');
    expect(redactor.contains('nothing to hide')).toBe(false);
  });
});
