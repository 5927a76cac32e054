// Order service: Express + mysql2 + child_process. Written as a small real handler module.
const express = require('express');
const fs = require('fs');
const path = require('path');
const { exec, execFile } = require('child_process');
const pool = require('./db');

const router = express.Router();
const UPLOADS = path.resolve(__dirname, 'uploads');
const STATUSES = ['open', 'paid', 'shipped'];

function pageClause(page) {
  const n = Number.parseInt(page, 10) || 1;
  return ' LIMIT 20 OFFSET ' + (n - 1) * 20;
}

function likePattern(term) {
  return "'%" + term + "%'";
}

router.get('/orders', async (req, res) => {
  const { status, page, customer } = req.query;
  if (!STATUSES.includes(status)) {
    return res.status(400).json({ error: 'status' });
  }
  // ok: js-sql-injection
  const [rows] = await pool.query("SELECT * FROM orders WHERE status = '" + status + "'" + pageClause(page));
  // ruleid: js-sql-injection
  const [byName] = await pool.query('SELECT * FROM orders WHERE customer LIKE ' + likePattern(customer));
  // ok: js-sql-injection
  const [safe] = await pool.query('SELECT * FROM orders WHERE customer LIKE ?', [`%${customer}%`]);
  res.json({ rows, byName, safe });
});

router.get('/orders/:id', async (req, res) => {
  const id = req.params.id;
  const sql = `SELECT * FROM orders WHERE id = ${id}`;
  // ruleid: js-sql-injection
  const [rows] = await pool.execute(sql);
  res.json(rows[0]);
});

router.post('/orders/:id/note', async (req, res) => {
  const note = String(req.body.note || '').trim();
  // ruleid: js-sql-injection
  await pool.query(`UPDATE orders SET note = '${note}' WHERE id = ?`, [req.params.id]);
  // ok: js-sql-injection
  await pool.query('UPDATE orders SET note = ? WHERE id = ?', [note, req.params.id]);
  res.sendStatus(204);
});

router.get('/invoices/:file', (req, res) => {
  const full = path.join(UPLOADS, req.params.file);
  if (!full.startsWith(UPLOADS + path.sep)) {
    return res.sendStatus(403);
  }
  // ok: js-path-traversal
  res.sendFile(full);
});

router.get('/exports/:name', (req, res) => {
  // ruleid: js-path-traversal
  fs.createReadStream(UPLOADS + '/' + req.params.name).pipe(res);
});

router.get('/thumb', (req, res) => {
  const name = path.basename(req.query.img);
  // ok: js-path-traversal
  res.sendFile(path.join(UPLOADS, name));
});

router.post('/archive', (req, res) => {
  const label = req.body.label;
  // ruleid: js-command-injection
  exec(`zip -r /tmp/${label}.zip ${UPLOADS}`, () => res.sendStatus(202));
  // ok: js-command-injection
  execFile('zip', ['-r', `/tmp/${label}.zip`, UPLOADS], () => res.sendStatus(202));
});

router.get('/debug', (req, res) => {
  let cmd = 'uname -a';
  const verbose = req.query.verbose === '1';
  if (verbose) {
    cmd = 'uname -a && id';
  }
  // ok: js-command-injection
  exec(cmd, (err, out) => res.send(out));
});

module.exports = router;
