// Runs a command's action with a connection, prints errors as "code: message", and sets the exit code.
import type { Command } from 'commander';
import { ApiError } from '@tamga/api';
import { connect, type Connection, type GlobalOptions } from './connection';
import { oneLine } from './output';

export type ActionResult = number | void;

/** Prints an error on one line: a message may name a file from the evidence (see `oneLine`). */
export function report(error: unknown): number {
  if (error instanceof ApiError) {
    process.stderr.write(`tamga: ${error.code}: ${oneLine(error.message)}\n`);
    return 1;
  }
  const tamgaError = error as { code?: string; message?: string };
  if (typeof tamgaError.code === 'string' && /^[A-Z_]+$/.test(tamgaError.code)) {
    process.stderr.write(`tamga: ${tamgaError.code}: ${oneLine(String(tamgaError.message))}\n`);
    return 1;
  }
  process.stderr.write(`tamga: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  return 1;
}

/** Wraps an action that needs the API: the last argument commander passes is the command itself. */
export function withClient<A extends unknown[]>(
  action: (connection: Connection, options: GlobalOptions & Record<string, unknown>, ...args: A) => Promise<ActionResult>,
) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    const options = command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
    let connection: Connection | undefined;
    try {
      connection = await connect(options);
      const code = await action(connection, options, ...(args.slice(0, -2) as A));
      process.exitCode = typeof code === 'number' ? code : 0;
    } catch (error) {
      process.exitCode = report(error);
    } finally {
      await connection?.close();
    }
  };
}

/** For actions that manage their own resources (init, serve, verify, login). */
export function plain<A extends unknown[]>(
  action: (options: GlobalOptions & Record<string, unknown>, ...args: A) => Promise<ActionResult>,
) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    try {
      const code = await action(command.optsWithGlobals() as GlobalOptions & Record<string, unknown>, ...(args.slice(0, -2) as A));
      process.exitCode = typeof code === 'number' ? code : 0;
    } catch (error) {
      process.exitCode = report(error);
    }
  };
}
