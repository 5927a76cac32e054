'use strict';

// Marina berth reservations: Express + mysql2, a small admin API for the harbour office.
const express = require('express');
const mysql = require('mysql2/promise');
const { execFile, exec } = require('child_process');
const path = require('path');
const fs = require('fs');
const winston = require('winston');

const app = express();
app.use(express.json());

const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'marina',
});

const TIDE_DIR = path.resolve(__dirname, 'tide-tables');
const SORTABLE = new Set(['berth_no', 'length_m', 'arrival']);

function pierClause(pier) {
  // the pier letter goes straight into the text
  return "pier = '" + pier + "'";
}

function safeSort(col) {
  return SORTABLE.has(col) ? col : 'berth_no';
}

app.get('/berths', async (req, res) => {
  const where = pierClause(req.query.pier);
  const sql = `SELECT berth_no, length_m, occupied FROM berths WHERE ${where}`;
  // ruleid: js-sql-injection
  const [rows] = await pool.query(sql);
  res.json(rows);
});

app.get('/berths/by-length', async (req, res) => {
  const minLen = Number.parseFloat(req.query.min) || 0;
  const order = safeSort(req.query.sort);
  // ok: js-sql-injection
  const [rows] = await pool.query(
    `SELECT berth_no, length_m FROM berths WHERE length_m >= ${minLen} ORDER BY ${order}`
  );
  res.json(rows);
});

app.post('/reservations', async (req, res) => {
  const { vessel, berth, nights } = req.body;
  // ok: js-sql-injection
  await pool.execute(
    'INSERT INTO reservations (vessel, berth_no, nights) VALUES (?, ?, ?)',
    [vessel, berth, Number(nights)]
  );
  // ruleid: js-log-injection
  logger.info('reservation created for vessel ' + vessel);
  res.status(201).end();
});

app.get('/reservations/search', async (req, res) => {
  let clause = 'WHERE 1=1';
  if (req.query.skipper) {
    clause += " AND skipper LIKE '%" + req.query.skipper + "%'";
  }
  const text = 'SELECT * FROM reservations ' + clause;
  // ruleid: js-sql-injection
  const [rows] = await pool.execute(text);
  res.json(rows);
});

app.get('/tides/:file', (req, res) => {
  // ruleid: js-path-traversal
  fs.readFile(path.join(TIDE_DIR, req.params.file), 'utf8', (err, body) => {
    if (err) return res.status(404).end();
    res.type('text/plain').send(body);
  });
});

app.get('/tides-safe/:file', (req, res) => {
  const target = path.resolve(TIDE_DIR, req.params.file);
  if (!target.startsWith(TIDE_DIR + path.sep)) {
    return res.status(400).send('bad file');
  }
  // ok: js-path-traversal
  fs.createReadStream(target).pipe(res);
});

app.post('/pumpout/:berth', (req, res) => {
  const berth = req.params.berth;
  // ruleid: js-command-injection
  exec('/opt/marina/bin/pumpout --berth ' + berth, (err, out) => {
    res.send(err ? 'failed' : out);
  });
});

app.post('/gate/:berth', (req, res) => {
  const berthNo = parseInt(req.params.berth, 10);
  if (Number.isNaN(berthNo)) return res.status(400).end();
  // ok: js-command-injection
  execFile('/opt/marina/bin/gate', ['--open', String(berthNo)], (err) => {
    res.sendStatus(err ? 500 : 204);
  });
});

app.get('/welcome', (req, res) => {
  const name = req.query.name || 'sailor';
  // ruleid: js-xss-response
  res.send('<h1>Welcome aboard, ' + name + '</h1>');
});

app.get('/welcome-safe', (req, res) => {
  const escaped = String(req.query.name || '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  // ok: js-xss-response
  res.send('<h1>Welcome aboard, ' + escaped + '</h1>');
});

app.get('/harbour-master', (req, res) => {
  // ok: js-log-injection
  logger.info('harbour master page viewed, berths=' + SORTABLE.size);
  res.redirect('/berths');
});

app.listen(3000);
