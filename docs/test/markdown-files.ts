import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Folders never searched for Markdown: dependencies, build output and caches. */
const skippedFolders = new Set(['node_modules', 'dist', '.git', '.turbo', '.vitest', 'coverage']);

/**
 * Every Markdown file of the repository, relative to its root: the README, the guides and the generated API
 * reference under docs/, the packages' and examples' READMEs, and any other `.md` file outside build output.
 */
export function findMarkdownFiles(repositoryRoot: string): string[] {
  const found: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.try'))
          visit(join(directory, entry.name));
      } else if (entry.name.endsWith('.md'))
        found.push(relative(repositoryRoot, join(directory, entry.name)));
    }
  };
  if (existsSync(repositoryRoot)) visit(repositoryRoot);
  return found.sort();
}
