// Language-server benchmark (not a test): start-up, per-edit latency on a 5,000-line file, and
// memory with 50 open documents. Run after `node scripts/build.mjs`: `npm run bench:lsp`.
//   latency = from sending textDocument/didChange to receiving publishDiagnostics for that version
//   (debounce 0, so it is parse + scan + JSON-RPC both ways), one edit at a time.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const EDITS = Number(process.env.EDITS ?? 300);
// BENCH_RULES=dir[,dir]: extra rule packs (e.g. a branch's rules/ folder) on top of the built-in ones.
const EXTRA_RULES = (process.env.BENCH_RULES ?? '').split(',').filter(Boolean);

/** A realistic-looking 5,000-line JavaScript module: many small handlers, a few unsafe ones. */
function bigFile(lines) {
  const out = ["'use strict';", "const express = require('express');", 'const router = express.Router();', ''];
  for (let i = 0; out.length < lines - 8; i++) {
    out.push(
      `router.get('/items/${i}', async (req, res) => {`,
      `  const id = Number(req.params.id) + ${i};`,
      `  const rows = await db.query('SELECT * FROM items WHERE id = $1', [id]);`,
      i % 50 === 0 ? '  const extra = eval(req.query.expr);' : `  const extra = JSON.parse(req.query.meta || '{}');`,
      `  if (!rows.length) return res.status(404).send({ error: 'not found' });`,
      '  res.json({ ...rows[0], extra });',
      '});',
      '',
    );
  }
  out.push('module.exports = router;', '');
  return out.join('\n');
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** utime + stime of a process in ms (Linux /proc; clock ticks are 100 Hz). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function startServer(folder) {
  const t0 = performance.now();
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}@${p.version}`;
    waiters.get(key)?.(p);
    waiters.delete(key);
  });
  conn.onNotification('window/logMessage', () => {});
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }], capabilities: {},
    initializationOptions: { trustWorkspace: EXTRA_RULES.length > 0, settings: { debounceMs: 0, maxFileSizeKb: 4096, rulePacks: EXTRA_RULES } },
  });
  const initializeMs = performance.now() - t0;
  conn.sendNotification('initialized', {});
  const published = (uri, version) => new Promise((resolve) => waiters.set(`${uri}@${version}`, resolve));
  const stop = async () => { await conn.sendRequest('shutdown'); conn.sendNotification('exit'); await new Promise((r) => child.once('exit', r)); };
  return { child, conn, published, initializeMs, stop };
}

// Wall-clock figures depend on what else runs: print the load so runs can be compared.
console.log(`load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} CPUs`);
const folder = mkdtempSync(join(tmpdir(), 'vigil-bench-'));

// 1. Start-up and per-edit latency on one 5,000-line document.
{
  const server = await startServer(folder);
  const text = bigFile(5000);
  const lines = text.split('\n');
  const uri = pathToFileURL(join(folder, 'routes.js')).href;
  let t = performance.now();
  let done = server.published(uri, 1);
  server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
  const first = await done;
  const firstScanMs = performance.now() - t;
  const latencies = [];
  const cpuBefore = cpuMs(server.child.pid);
  let seed = 1;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let version = 2; version < EDITS + 2; version++) {
    // A keystroke inside a handler body: insert one character at the end of a random statement line.
    let line;
    do line = rand(lines.length); while (!lines[line].startsWith('  const id'));
    const character = lines[line].length - 1;
    lines[line] = lines[line].slice(0, character) + '1' + lines[line].slice(character);
    done = server.published(uri, version);
    t = performance.now();
    server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '1' }] });
    await done;
    latencies.push(performance.now() - t);
  }
  const cpuPerEdit = (cpuMs(server.child.pid) - cpuBefore) / EDITS;
  latencies.sort((a, b) => a - b);
  console.log(`initialize (spawn → initialize result): ${server.initializeMs.toFixed(0)} ms`);
  console.log(`first scan of the 5,000-line file (open → diagnostics, grammar load included): ${firstScanMs.toFixed(0)} ms, ${first.diagnostics.length} diagnostics`);
  console.log(`per-edit latency over ${EDITS} edits (didChange → publishDiagnostics): p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, max ${latencies.at(-1).toFixed(2)} ms; server CPU ${cpuPerEdit.toFixed(2)} ms per edit`);
  await server.stop();
}

// 2. Memory with 50 open documents (about 1,000 lines each).
{
  const server = await startServer(folder);
  const before = rssMb(server.child.pid);
  const pending = [];
  for (let i = 0; i < 50; i++) {
    const uri = pathToFileURL(join(folder, `file${i}.js`)).href;
    pending.push(server.published(uri, 1));
    server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text: bigFile(1000) } });
  }
  await Promise.all(pending);
  const after = rssMb(server.child.pid);
  console.log(`server RSS: ${before.toFixed(0)} MB after initialize, ${after.toFixed(0)} MB with 50 open 1,000-line files`);
  await server.stop();
}
