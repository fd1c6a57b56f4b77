#!/usr/bin/env node
import { processStreams } from './output/cli-streams.js';
import { runCli } from './program.js';

process.exitCode = await runCli(process.argv.slice(2), processStreams());
