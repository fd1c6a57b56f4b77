import type * as v from 'valibot';

/**
 * Turns valibot issues into short problems that name the field, such as `provider must be a string`
 * or `providr is not a known field`. The received value is never quoted, so a misplaced secret cannot
 * leak into an error message.
 */
export function describeConfigIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): string[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => (item.key === '' ? '""' : String(item.key)));
    const path = [prefix, ...keys].filter((part) => part !== '').join('.');
    return `${path === '' ? 'the config' : path} ${issue.message}`;
  });
}
