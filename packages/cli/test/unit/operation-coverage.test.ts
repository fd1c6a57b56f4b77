import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { type CapabilityPath, listCapabilities } from '@switchboard/core';
import { createCapabilities } from '@switchboard/core/adapter';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli-error.js';
import { commandOperations } from '../../src/contract/command-operations.js';
import { contractCalls } from '../../src/contract/contract-calls.js';
import { createProgram, runCli } from '../../src/program.js';

/** Every operation of core's contract, from core's own list (what `supports(path)` accepts). */
const contractOperations = listCapabilities(createCapabilities({})).map(([path]) => path);

const program = createProgram({
  stdout: new PassThrough(),
  stderr: new PassThrough(),
  stdin: new PassThrough(),
  environment: {},
  cwd: process.cwd(),
});

function findCommand(words: string): Command | undefined {
  let command: Command | undefined = program;
  for (const word of words.split(' ')) {
    command = command?.commands.find((candidate) => candidate.name() === word);
  }
  return command;
}

describe('operation coverage', () => {
  it('has a command for every operation of the contract', () => {
    expect(contractOperations.length).toBeGreaterThan(40);
    const covered = new Set(commandOperations.flatMap((entry) => entry.operations));
    const missing = contractOperations.filter((path) => !covered.has(path));
    expect(missing).toEqual([]);
  });

  it('names only real operations, and every command it names exists with --json in its help', () => {
    const known = new Set<string>(contractOperations);
    for (const { command, operations } of commandOperations) {
      expect(
        operations.filter((path) => !known.has(path)),
        command,
      ).toEqual([]);
      const found = findCommand(command);
      expect(found, `switchboard ${command}`).toBeDefined();
      expect(found?.helpInformation(), command).toContain('--json');
    }
  });

  it('calls the contract only for operations some command claims', () => {
    const claimed = new Set<CapabilityPath>(commandOperations.flatMap((entry) => entry.operations));
    const unclaimed = (Object.keys(contractCalls) as CapabilityPath[]).filter((path) => !claimed.has(path));
    expect(unclaimed).toEqual([]);
    const uncalled = contractOperations.filter(
      (path) => !Object.hasOwn(contractCalls, path) && !path.startsWith('inbox.'),
    );
    expect(uncalled).toEqual([]);
  });
});

describe('help and version', () => {
  const everyCommand = (command: Command): Command[] => [
    command,
    ...command.commands.flatMap((subcommand) => everyCommand(subcommand)),
  ];

  it('shows the global flags in the help of every command', () => {
    const commands = everyCommand(program).filter((command) => command !== program);
    expect(commands.length).toBeGreaterThan(50);
    for (const command of commands) {
      const help = command.helpInformation();
      for (const flag of [
        '--config <file>',
        '--messenger <name>',
        '--provider <name>',
        '--option <key=value>',
        '--json',
      ]) {
        expect(help, `switchboard … ${command.name()} --help`).toContain(flag);
      }
    }
  });

  it('prints the package version with --version', async () => {
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const streams = {
      stdout,
      stderr: new PassThrough(),
      stdin: new PassThrough(),
      environment: {},
      cwd: process.cwd(),
    };
    expect(await runCli(['--version'], streams)).toBe(0);
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(printed).toBe(`${manifest.version}\n`);
  });
});

describe('the README', () => {
  it('documents every error code and exit code the CLI prints', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Exit codes and error codes'));
    for (const [code, exitCode] of [...Object.entries(exitCodes), ['error', 1]] as const) {
      expect(table, code).toMatch(new RegExp(`\\n\\| ${exitCode} \\| [^\\n]*\`${code}\``));
    }
    for (const code of ['auth', 'not-found', 'invalid-request', 'rate-limited', 'network', 'provider']) {
      expect(table, code).toContain(`\`${code}\``);
    }
  });
});
