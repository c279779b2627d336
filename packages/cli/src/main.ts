// Entry point of the CLI: parse, run, and give back the exit code.
import { createRequire } from 'node:module';
import { buildProgram } from './program';

export async function main(argv: string[]): Promise<number> {
  quietWhenTheReaderLeaves();
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  const program = buildProgram(version);
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === 'number' ? code : 1;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

/**
 * A reader that stops early (`tamga artifacts list … | head -1`) closes the pipe, and the next write fails with EPIPE:
 * no fault of the command, which Node would otherwise throw as an unhandled error with its stack trace. The rest of
 * that stream's output is dropped (a closed stream takes no more writes) and the command finishes as it would, with
 * its own exit status; any other error on the stream is thrown as before.
 */
function quietWhenTheReaderLeaves(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners('error').includes(ignoreClosedPipe)) stream.on('error', ignoreClosedPipe);
  }
}

function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}
