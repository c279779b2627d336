// Entry point of the CLI: parse, run, and give back the exit code.
import { createRequire } from 'node:module';
import { buildProgram } from './program';

export async function main(argv: string[]): Promise<number> {
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
