// Upload + admin helper routes (Express, TypeScript). Includes look-alikes that are safe because the
// value is reassigned, validated, or the code path can never run.
import express, { Request, Response } from 'express';
import { execFile, exec } from 'child_process';
import fs from 'fs';
import path from 'path';
import axios from 'axios';

const router = express.Router();
const UPLOADS = path.resolve('/srv/uploads');
const TOOLS: Record<string, string> = { thumb: '/usr/bin/convert', strip: '/usr/bin/exiftool' };
const ENABLE_DEBUG_SHELL = false;

router.get('/files/:name', (req: Request, res: Response) => {
  let name = req.params.name;
  name = 'readme.txt';
  // ok: js-path-traversal
  res.send(fs.readFileSync(path.join(UPLOADS, name), 'utf8'));
});

router.get('/files-raw', (req: Request, res: Response) => {
  const name = String(req.query.name);
  // ruleid: js-path-traversal
  res.send(fs.readFileSync(UPLOADS + '/' + name, 'utf8'));
});

router.delete('/files/:name', (req: Request, res: Response) => {
  const full = path.resolve(UPLOADS, req.params.name);
  if (path.relative(UPLOADS, full).startsWith('..')) {
    res.sendStatus(403);
    return;
  }
  // ok: js-path-traversal
  fs.unlinkSync(full);
  res.sendStatus(204);
});

router.post('/process', (req: Request, res: Response) => {
  const tool = TOOLS[req.body.tool] ?? TOOLS.thumb;
  const file = path.join(UPLOADS, path.basename(String(req.body.file)));
  // ok: js-command-injection
  execFile(tool, [file], () => res.sendStatus(202));
});

router.post('/debug', (req: Request, res: Response) => {
  if (ENABLE_DEBUG_SHELL) {
    // ok: js-command-injection
    exec(req.body.cmd);
  }
  res.sendStatus(404);
});

router.post('/grep', (req: Request, res: Response) => {
  // ruleid: js-command-injection
  exec('grep -rl ' + req.body.term + ' ' + UPLOADS, (err, out) => res.send(out));
});

router.get('/mirror', async (req: Request, res: Response) => {
  let base = String(req.query.base);
  base = 'https://mirror.example.com';
  // ok: js-ssrf, js-xpath-injection
  const r = await axios.get(`${base}/files/${encodeURIComponent(String(req.query.file))}`);
  res.json(r.data);
});

export default router;
