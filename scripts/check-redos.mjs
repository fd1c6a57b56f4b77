#!/usr/bin/env node
// The ReDoS check every package's `lint` runs (so `pnpm test` runs it): each regular expression in the
// package's `src` (literals, and `RegExp(...)` / `new RegExp(...)` with literal text) goes through recheck
// (https://makenowjust-labs.github.io/recheck/), and anything but `safe` fails the run. A `RegExp` built
// from a non-literal needs a `redos-checked: <why it is linear>` comment on the line above it.
// Usage: node ../../scripts/check-redos.mjs [folder…] [--skip folder]… (default `src`, relative to the
// working directory).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

const argumentsGiven = process.argv.slice(2);
const skipped = argumentsGiven.flatMap((value, index) =>
  argumentsGiven[index - 1] === '--skip' ? [value] : [],
);
const named = argumentsGiven.filter(
  (value, index) => value !== '--skip' && argumentsGiven[index - 1] !== '--skip',
);
const folders = named.length > 0 ? named : ['src'];
const files = folders
  .flatMap((folder) => listSources(folder))
  .filter((file) => !skipped.some((folder) => file === folder || file.startsWith(`${join(folder)}/`)));
// A fixed seed and no time limits: recheck's timeouts make the verdict depend on how busy the machine is (a
// 2.5 s automaton check timed out at load 34). Its step limits (maxAttackStringSize, maxIteration, …) still bound
// the work. Expressions without lookarounds or backreferences get the exact automaton check.
const deterministic = {
  randomSeed: 20_261_207,
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  recallTimeout: null,
};
const findings = [];
let checked = 0;

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(source);
      const end = literal.lastIndexOf('/');
      check(file, source, node, literal.slice(1, end), literal.slice(end + 1));
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const flagText = flags === undefined ? '' : ts.isStringLiteralLike(flags) ? flags.text : undefined;
      if (pattern !== undefined && ts.isStringLiteralLike(pattern) && flagText !== undefined) {
        check(file, source, node, pattern.text, flagText);
      } else {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        if (!(lines[line - 1] ?? '').includes('redos-checked:')) {
          findings.push(
            `${where(file, source, node)}: RegExp built from a non-literal (add a "redos-checked: <why>" comment above it)`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

for (const finding of findings) console.error(finding);
console.log(
  `ReDoS check: ${checked} regular expressions in ${files.length} files, ${findings.length} problems`,
);
process.exit(findings.length === 0 ? 0 : 1);

function check(file, source, node, pattern, flags) {
  checked += 1;
  const result = checkSync(pattern, flags, deterministic);
  if (result.status === 'safe') return;
  const detail =
    result.status === 'vulnerable'
      ? `${result.complexity.type} backtracking, attack ${JSON.stringify(result.attack.pattern)}`
      : `the checker could not decide (${result.error?.kind ?? 'unknown'})`;
  findings.push(`${where(file, source, node)}: /${pattern}/${flags} is not safe: ${detail}`);
}

function where(file, source, node) {
  const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${relative(process.cwd(), file)}:${line + 1}:${character + 1}`;
}

function listSources(folder) {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.[cm]?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
