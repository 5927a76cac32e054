const express = require('express');
const mysql = require('mysql2');
const path = require('path');
const app = express();
const db = mysql.createPool({ host: 'localhost' });
const ALLOWED_SORT = ['name', 'created_at'];
const ISO_WEEK = /^\d{4}-W\d{2}$/;
const DIGITS = /\d+/;

app.get('/users', (req, res) => {
  const id = req.query.id;
  // ruleid: js-sql-injection
  db.query('SELECT * FROM users WHERE id = ' + id, (err, rows) => res.json(rows));
  // ok: js-sql-injection
  db.query('SELECT * FROM users WHERE id = ?', [id], (err, rows) => res.json(rows));
});

app.get('/template', async (req, res) => {
  // ruleid: js-sql-injection
  const rows = await db.query(`SELECT * FROM orders WHERE status = '${req.query.status}'`);
  // ok: js-sql-injection
  const constant = await db.query('SELECT * FROM orders WHERE status = \'open\'');
  res.json([rows, constant]);
});

app.post('/destructure', async (req, res) => {
  const { name, limit } = req.body;
  const sql = 'SELECT * FROM items WHERE name LIKE "%' + name + '%"';
  // ruleid: js-sql-injection
  await db.execute(sql);
  // ok: js-sql-injection
  await db.execute('SELECT * FROM items LIMIT ' + parseInt(limit, 10));
  res.end();
});

app.get('/sort', async (req, res) => {
  const column = req.query.sort;
  if (!ALLOWED_SORT.includes(column)) {
    return res.status(400).send('bad sort');
  }
  // ok: js-sql-injection
  await db.query('SELECT * FROM users ORDER BY ' + column);
  res.end();
});

app.get('/dead', async (req, res) => {
  let q = 'SELECT 1';
  if (false) {
    q = 'SELECT * FROM t WHERE x = ' + req.query.x;
  }
  // ok: js-sql-injection
  await db.query(q);
  res.end();
});

app.get('/reassigned', async (req, res) => {
  let filter = req.query.filter;
  filter = 'active';
  // ok: js-sql-injection
  await db.query("SELECT * FROM accounts WHERE state = '" + filter + "'");
  res.end();
});

app.get('/map', async (req, res) => {
  const parts = new Map();
  parts.set('user', req.query.user);
  parts.set('table', 'accounts');
  // ok: js-sql-injection
  await db.query('SELECT * FROM ' + parts.get('table'));
  // ruleid: js-sql-injection
  await db.query("SELECT * FROM accounts WHERE owner = '" + parts.get('user') + "'");
  const opts = { table: 'audit', who: req.query.who };
  // ok: js-sql-injection
  await db.query('SELECT * FROM ' + opts.table);
  // ruleid: js-sql-injection
  await db.query("SELECT * FROM audit WHERE who = '" + opts.who + "'");
  res.end();
});

function identity(value) {
  return value;
}

function toNumber(value) {
  return Number(value);
}

function whereClause(field, value) {
  return ' WHERE ' + field + " = '" + value + "'";
}

app.get('/helpers', async (req, res) => {
  const raw = identity(req.params.id);
  // ruleid: js-sql-injection
  await db.query('DELETE FROM sessions WHERE id = ' + raw);
  // ok: js-sql-injection
  await db.query('DELETE FROM sessions WHERE id = ' + toNumber(req.params.id));
  // ruleid: js-sql-injection
  await db.query('SELECT * FROM t' + whereClause('name', req.query.name));
  // ok: js-sql-injection
  await db.query('SELECT * FROM t' + whereClause('name', 'bob'));
  res.end();
});

app.get('/escape', async (req, res) => {
  // ok: js-sql-injection
  await db.query('SELECT * FROM t WHERE name = ' + mysql.escape(req.query.name));
  const ids = [req.query.a, 'b'];
  // ruleid: js-sql-injection
  await db.query('SELECT * FROM t WHERE id IN (' + ids.join(',') + ')');
  // ok: js-sql-injection
  await db.query('SELECT * FROM t WHERE id = ' + ids[1]);
  const choice = req.query.mode === 'all' ? 'SELECT * FROM t' : 'SELECT * FROM t WHERE x = ' + req.query.x;
  // ruleid: js-sql-injection
  await db.query(choice);
  res.end();
});

app.get('/object-field', async (req, res) => {
  const filter = {};
  filter.owner = req.query.owner.trim();
  filter.kind = 'doc';
  // ruleid: js-sql-injection
  await db.query(`SELECT * FROM docs WHERE owner = '${filter.owner}'`);
  // ok: js-sql-injection
  await db.query(`SELECT * FROM docs WHERE kind = '${filter.kind}'`);
  res.end();
});

function runReport(sql) {
  // ruleid: js-sql-injection
  return db.query(sql);
}

app.get('/report', (req, res) => {
  runReport('SELECT * FROM reports WHERE year = ' + req.query.year);
  runReport('SELECT * FROM reports');
  res.end();
});

const table = process.argv[2];
// ruleid: js-sql-injection
db.query('TRUNCATE ' + table);

// Queue worker: the job was enqueued by the public import API, so job.data is client data.
async function importContact(job) {
  const { email, listId } = job.data;
  // ruleid: js-sql-injection
  await db.promise().query(`INSERT INTO contacts (email, list_id) VALUES ('${email}', ${listId})`);
  // ok: js-sql-injection
  await db.promise().query('INSERT INTO contacts (email, list_id) VALUES (?, ?)', [email, listId]);
}
module.exports.importContact = importContact;

// A command-line runner's execute(argv) is not a database call.
async function main() {
  const cli = require('./cli');
  // ok: js-sql-injection
  process.exitCode = await cli.execute(process.argv);
  // ruleid: js-sql-injection
  await db.promise().query('SELECT * FROM jobs WHERE name = "' + process.argv[2] + '"');
}
module.exports.main = main;

// A pattern that must match the whole value is an allow-list by shape.
app.get('/payouts', (req, res) => {
  let week = req.query.week;
  if (!ISO_WEEK.test(String(week))) week = '2024-W01';
  // ok: js-sql-injection
  db.query(`SELECT * FROM payouts WHERE iso_week = '${week}'`);
  const batch = req.query.batch;
  if (!DIGITS.test(batch)) return res.sendStatus(400);
  // ruleid: js-sql-injection
  db.query(`SELECT * FROM payouts WHERE batch = '${batch}'`);
  res.end();
});

// Callbacks get each element: forEach/map over request data.
app.get('/batch', (req, res) => {
  req.query.ids.forEach((id) => {
    // ruleid: js-sql-injection
    db.query('DELETE FROM carts WHERE id = ' + id);
  });
  const placeholders = req.query.ids.map(() => '?').join(',');
  // ok: js-sql-injection
  db.query('SELECT * FROM carts WHERE id IN (' + placeholders + ')', req.query.ids);
  const quoted = req.query.ids.map((id) => "'" + id + "'").join(',');
  // ruleid: js-sql-injection
  db.query('SELECT * FROM carts WHERE id IN (' + quoted + ')');
  res.end();
});
