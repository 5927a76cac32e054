// A scan worker thread: one Engine, scanning the files the pool sends, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../engine';
import type { WorkerReply, WorkerRequest } from './pool';

const engine = new Engine((workerData as { options: ConstructorParameters<typeof Engine>[0] }).options);

parentPort!.on('message', async ({ id, path }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, outcome: await engine.scanPath(path) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
