// PostgreSQL test tier (`npm run test:pg`): runs the Vitest suite with TAMGA_TEST_DATABASE_URL pointing at a PostgreSQL database.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const url = process.env.TAMGA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const env = { ...process.env, TAMGA_TEST_DATABASE_URL: url };
const args = ['run', ...process.argv.slice(2)];

// Run vitest with the same Node binary as this script; fall back to npx if it is not installed locally.
const vitestBin = join(root, 'node_modules', '.bin', 'vitest');
const [command, commandArgs] = existsSync(vitestBin)
  ? [process.execPath, [vitestBin, ...args]]
  : ['npx', ['--no-install', 'vitest', ...args]];

console.log(`test:pg: TAMGA_TEST_DATABASE_URL=${url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`);

const child = spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' });

// Pass termination signals on to vitest so it can clean up, then exit with its status.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}

child.on('error', (error) => {
  console.error(`test:pg: could not start vitest: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`test:pg: vitest was terminated by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
