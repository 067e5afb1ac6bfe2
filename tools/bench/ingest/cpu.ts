import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';

const TICKS_PER_SECOND = 100;

/** utime, stime, cutime, cstime of a process, in clock ticks (`/proc/<pid>/stat`). */
function ticks(pid: number): number[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces: fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [11, 12, 13, 14].map((index) => Number(fields[index]));
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** CPU seconds a live process has used itself (utime + stime). */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${pid}`)) return 0;
  const [user = 0, system = 0] = ticks(pid);
  return (user + system) / TICKS_PER_SECOND;
}

/**
 * CPU seconds used so far by the Postgres server behind `dataSource`, when it runs on this machine:
 * the postmaster, its live children (backends, background workers) and the children it has reaped.
 * Undefined when the server is elsewhere.
 */
export async function postgresCpuSeconds(dataSource: DataSource): Promise<number | undefined> {
  const [row]: { pid: number }[] = await dataSource.query(`SELECT pg_backend_pid() AS pid`);
  if (!row || !existsSync(`/proc/${row.pid}`)) return undefined;
  const postmaster = parentOf(row.pid);
  const [user = 0, system = 0, childUser = 0, childSystem = 0] = ticks(postmaster);
  let total = user + system + childUser + childSystem;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const pid = Number(entry);
    try {
      if (parentOf(pid) !== postmaster) continue;
      const [childOwnUser = 0, childOwnSystem = 0] = ticks(pid);
      total += childOwnUser + childOwnSystem;
    } catch {
      // Exited meanwhile.
    }
  }
  return total / TICKS_PER_SECOND;
}
