import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { remark } from 'remark';
import remarkValidateLinks from 'remark-validate-links';
import { engine } from 'unified-engine';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPublicEntryPoints } from '../scripts/public-entry-points.mjs';
import { findMarkdownFiles } from './markdown-files.js';

const repositoryRoot = resolve(import.meta.dirname, '../..');
const apiReference = 'docs/api/';
// TypeDoc's verbatim copies of files the package READMEs link to; their links are checked where they live.
const apiMedia = 'docs/api/_media/';
const files = findMarkdownFiles(repositoryRoot).filter((file) => !file.startsWith(apiMedia));
const writtenFiles = files.filter((file) => !file.startsWith(apiReference));
const generatedFiles = files.filter((file) => file.startsWith(apiReference));
let problems = new Map<string, string[]>();

/** Checks every file in one run, so links between files and to their headings resolve. */
function checkLinks(): Promise<Map<string, string[]>> {
  return new Promise((resolvePromise, reject) => {
    engine(
      {
        processor: remark().use(remarkValidateLinks, { repository: false, root: repositoryRoot }),
        cwd: repositoryRoot,
        files,
        out: false,
        quiet: true,
        detectConfig: false,
        detectIgnore: false,
        reporter: () => '',
      },
      (error, _code, context) => {
        if (error) return reject(error);
        const found = new Map<string, string[]>();
        for (const file of context?.files ?? []) {
          found.set(
            resolve(repositoryRoot, file.path),
            file.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.reason}`),
          );
        }
        resolvePromise(found);
      },
    );
  });
}

const problemsOf = (file: string): string[] | undefined => problems.get(resolve(repositoryRoot, file));

// Parsing ~950 files is CPU-bound: its budget grows with their number (half a second each, ten times a loaded
// machine's need), so a busy machine makes it slower, never failed.
beforeAll(
  async () => {
    problems = await checkLinks();
  },
  Math.max(120_000, files.length * 500),
);

describe('the API reference', () => {
  it.each(
    findPublicEntryPoints(repositoryRoot).flatMap((item) =>
      item.entries.map((entry) => [item.name, entry.specifier]),
    ),
  )('%s has a page for %s', (name, specifier) => {
    expect(existsSync(resolve(repositoryRoot, 'docs/api', name, specifier, 'README.md'))).toBe(true);
  });
});

describe('internal links and anchors', () => {
  it('covers the README, the guides, the package READMEs and the built API reference', () => {
    expect(writtenFiles).toContain('README.md');
    expect(writtenFiles).toContain('docs/receiving-webhooks.md');
    expect(writtenFiles.filter((file) => /^packages\/[^/]+\/README\.md$/.test(file)).length).toBeGreaterThan(
      0,
    );
    expect(existsSync(resolve(repositoryRoot, 'docs/api/README.md')), 'build it first: pnpm run docs').toBe(
      true,
    );
  });

  it.each(writtenFiles)('%s', (file) => {
    expect(problemsOf(file), 'not checked').toBeDefined();
    expect(problemsOf(file)).toEqual([]);
  });

  it(`the API reference (${generatedFiles.length} generated files)`, () => {
    const broken = generatedFiles.flatMap((file) =>
      (problemsOf(file) ?? ['not checked']).map((problem) => `${file}:${problem}`),
    );
    expect(broken).toEqual([]);
  });
});
