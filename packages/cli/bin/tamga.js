#!/usr/bin/env node
// The `tamga` command. Tamga's packages are TypeScript; they run from a bundle built on first use and rebuilt when
// a source changes (scripts/bundled-entry.js), so there is no build step.
import { importEntry } from '../../../scripts/bundled-entry.js';

const { main } = await importEntry(new URL('../src/main.ts', import.meta.url));
process.exitCode = await main(process.argv);
