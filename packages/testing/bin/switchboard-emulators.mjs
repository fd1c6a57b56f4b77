#!/usr/bin/env node
// Runs the standalone emulators; the code is in dist/bin.mjs, built from src/bin.ts.
import '../dist/bin.mjs';
