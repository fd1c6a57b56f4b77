import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** The entries of `@switchboard/core`, by subpath, with their source file. */
export const entrySources = {
  '@switchboard/core': 'index.ts',
  '@switchboard/core/adapter': 'adapter.ts',
  '@switchboard/core/node': 'node.ts',
} as const;

/** The sorted export names (values and types) of each entry, read with the TypeScript compiler. */
export function listEntryExports(): Record<keyof typeof entrySources, string[]> {
  const files = Object.values(entrySources).map((file) => resolve(sourceRoot, file));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const result = {} as Record<keyof typeof entrySources, string[]>;
  for (const [entry, file] of Object.entries(entrySources) as Array<[keyof typeof entrySources, string]>) {
    const sourceFile = program.getSourceFile(resolve(sourceRoot, file));
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${file}`);
    result[entry] = checker
      .getExportsOfModule(moduleSymbol)
      .map((symbol) => symbol.name)
      .sort();
  }
  return result;
}
