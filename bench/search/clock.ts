// The clocks bench/search measures with: wall time, this process's CPU time and the load average, so that a slow
// figure on a shared machine can be told apart from a slow search.
import { loadavg } from 'node:os';

export const now = () => Number(process.hrtime.bigint()) / 1e6;
/** CPU time of this process in ms: on a shared machine, wall time also measures everyone else's work. */
export const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
export const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
