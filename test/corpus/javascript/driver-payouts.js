// Driver payouts (Express + mysql2): weekly statements, bank-detail updates, payout reports.
// VERBOSE_SQL and the sandbox branch never run in production (constants, not configuration).
const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const { execFile, exec } = require('child_process');
const db = require('./mysql-pool');

const router = express.Router();
const VERBOSE_SQL = false;
const WEEK = /^\d{4}-W\d{2}$/;
// ok: js-hardcoded-credentials
const JWT_SECRET = process.env.NODE_ENV === 'test' ? 'unit-test-secret' : process.env.PAYOUT_JWT_SECRET;

function auth(req, res, next) {
  try {
    // ok: js-jwt-verification-bypass
    req.driver = jwt.verify(String(req.headers.authorization || '').slice(7), JWT_SECRET, { algorithms: ['HS256'] });
    next();
  } catch {
    res.sendStatus(401);
  }
}

router.get('/statements', auth, async (req, res) => {
  let week = req.query.week;
  if (!WEEK.test(String(week))) week = '2024-W01';
  // ok: js-sql-injection
  const [rows] = await db.query(`SELECT * FROM payouts WHERE driver_id = ? AND iso_week = '${week}'`, [req.driver.id]);
  res.json(rows);
});

router.get('/statements/search', auth, async (req, res) => {
  let sql = 'SELECT * FROM payouts WHERE driver_id = ? AND memo LIKE ' + `'%${req.query.memo}%'`;
  // ok: js-log-injection
  if (VERBOSE_SQL) console.log(sql);
  sql = 'SELECT * FROM payouts WHERE driver_id = ? ORDER BY paid_at DESC LIMIT 20';
  // ok: js-sql-injection
  const [recent] = await db.query(sql, [req.driver.id]);
  const memo = req.query.memo;
  // ruleid: js-sql-injection
  const [matches] = await db.query(`SELECT * FROM payouts WHERE driver_id = ${req.driver.id} AND memo LIKE '%${memo}%'`);
  res.json({ recent, matches });
});

router.get('/statements/:id/total', auth, async (req, res) => {
  const id = parseInt(req.params.id, 10);
  // ok: js-sql-injection
  const [[row]] = await db.query('SELECT SUM(amount) AS total FROM payout_lines WHERE payout_id = ' + id);
  res.json(row);
});

router.put('/bank-details', auth, async (req, res) => {
  const { iban, holder } = req.body;
  // ok: js-weak-password-hash
  const fingerprint = crypto.createHash('sha1').update(String(iban)).digest('hex').slice(0, 12);
  // ok: js-sql-injection
  await db.execute('UPDATE drivers SET iban = ?, holder = ?, iban_fp = ? WHERE id = ?', [iban, holder, fingerprint, req.driver.id]);
  // ruleid: js-log-injection
  console.info(`bank details changed for driver ${req.driver.id}, holder "${holder}"`);
  res.sendStatus(204);
});

router.post('/reports', auth, (req, res) => {
  const week = String(req.body.week || '');
  if (!WEEK.test(week)) return res.status(400).json({ error: 'week must look like 2024-W07' });
  // ok: js-command-injection
  exec(`payout-report --driver ${Number(req.driver.id)} --week ${week}`, (err) => err && console.error(err.message));
  // ok: js-command-injection
  execFile('payout-report', ['--driver', String(req.driver.id), '--format', String(req.body.format)]);
  // ruleid: js-command-injection
  exec('payout-report --email ' + req.body.email, (err) => err && console.error(err.message));
  res.status(202).end();
});

router.post('/sandbox/eval', auth, (req, res) => {
  let formula = req.body.formula;
  formula = 'base * 0.8';
  // ok: js-eval-injection
  const share = eval(formula.replace('base', String(Number(req.body.base) || 0)));
  res.json({ share });
});

router.get('/referral-code', auth, (req, res) => {
  // ok: js-weak-random
  const colour = ['blue', 'green', 'amber'][Math.floor(Math.random() * 3)];
  // ok: js-weak-random
  const referralCode = crypto.randomBytes(6).toString('base64url');
  res.json({ referralCode, colour });
});

module.exports = router;
