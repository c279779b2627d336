/**
 * Runs `fn` on each value in turn and collects each one's error (undefined where it succeeded): in a group of jobs,
 * one that fails fails alone.
 */
export async function eachSettled<T>(values: readonly T[], fn: (value: T) => Promise<unknown>): Promise<Array<Error | undefined>> {
  const errors: Array<Error | undefined> = [];
  for (const value of values) {
    try {
      await fn(value);
      errors.push(undefined);
    } catch (error) {
      errors.push(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return errors;
}
