// Workspace scans on every core: parsing is CPU-bound WASM on one thread, so big scans fan files
// out to worker threads, each with its own Engine built from the same options.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EngineOptions, PathOutcome } from '../engine';

/** The worker script: next to the bundle (dist/scan-worker.js) or beside this module (tsc output). */
function workerScript(): string {
  const candidates = [join(__dirname, 'scan-worker.js'), join(__dirname, 'scan', 'scan-worker.js')];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`scan worker script not found (looked for ${candidates.join(', ')})`);
  return found;
}

export interface WorkerRequest { id: number; path: string }
export interface WorkerReply { id: number; outcome?: PathOutcome; error?: string }

/** Scans `paths` on `count` workers; returns true when cancelled before the end. */
export async function scanInWorkers(
  paths: string[],
  count: number,
  options: EngineOptions,
  record: (path: string, outcome: PathOutcome) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  const script = workerScript();
  let next = 0;
  let cancelled = false;
  const run = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: { options } });
      const stop = () => { cancelled = true; void worker.terminate(); resolve(); };
      const send = () => {
        if (signal?.aborted) return stop();
        if (next >= paths.length) { void worker.terminate(); return resolve(); }
        const id = next++;
        worker.postMessage({ id, path: paths[id] } satisfies WorkerRequest);
      };
      signal?.addEventListener('abort', stop, { once: true });
      worker.on('message', (reply: WorkerReply) => {
        const path = paths[reply.id];
        record(path, reply.outcome ?? { skipped: { file: path, reason: 'unreadable', detail: `scan failed: ${reply.error}` } });
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: count }, run));
  return cancelled && next < paths.length;
}
