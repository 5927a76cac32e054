// Child processes that must never outlive the suite: each runs in its own process group, which
// is killed as a whole (code-server forks the extension host, which forks the language server).
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { sleep } from './poll';

const live = new Set<ChildProcess>();

// Last resort if mocha exits without running after() (uncaught error, process.exit): kill
// synchronously. Signals end Node without an 'exit' event, so they get the same treatment; when
// nobody else handles the signal (playwright does once a browser runs), keep its usual meaning
// and exit.
const cleanups = new Set<() => void>();

/** Registers synchronous clean-up (e.g. removing a scratch folder) for an abnormal exit. */
export function onAbnormalExit(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

function killAll(): void {
  for (const child of live) killGroup(child, 'SIGKILL');
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Best effort: the process is going away.
    }
  }
}
process.on('exit', killAll);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, function onSignal() {
    killAll();
    if (process.listenerCount(signal) === 1) process.exit(code);
  });
}

export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  // Kept until stopGroup() has seen the whole group gone: when code-server dies first, its
  // extension host and language server may still be alive in the group.
  live.add(child);
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the whole group, then SIGKILL whatever is left after a grace period. */
export async function stopGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  killGroup(child, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) killGroup(child, 'SIGKILL');
  while (groupAlive(pid) && Date.now() < deadline + 2000) await sleep(100);
  live.delete(child);
}
