const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();
const BASE = path.resolve(__dirname, 'public');

app.get('/file', (req, res) => {
  // ruleid: js-path-traversal
  fs.readFile(path.join(BASE, req.query.name), (err, data) => res.send(data));
  // ok: js-path-traversal
  fs.readFile(path.join(BASE, path.basename(req.query.name)), (err, data) => res.send(data));
});

app.get('/download', (req, res) => {
  const full = path.resolve(BASE, req.query.file);
  if (!full.startsWith(BASE + path.sep)) {
    return res.status(403).end();
  }
  // ok: js-path-traversal
  res.sendFile(full);
});

app.get('/naive', (req, res) => {
  const name = req.query.file;
  if (!name.startsWith('reports/')) {
    return res.status(403).end();
  }
  // ruleid: js-path-traversal
  res.sendFile(path.join(BASE, name));
});

app.get('/stream', (req, res) => {
  const target = `${BASE}/${req.params.doc}`;
  // ruleid: js-path-traversal
  fs.createReadStream(target).pipe(res);
  // ok: js-path-traversal
  fs.createReadStream(path.join(BASE, 'index.html')).pipe(res);
});

// Queue worker: job.data.name came from the public export API.
async function buildExport(job) {
  // ruleid: js-path-traversal
  const raw = fs.readFileSync(path.join(BASE, job.data.name));
  // ok: js-path-traversal
  const safe = fs.readFileSync(path.join(BASE, path.basename(job.data.name)));
  return Buffer.concat([raw, safe]);
}
module.exports.buildExport = buildExport;
