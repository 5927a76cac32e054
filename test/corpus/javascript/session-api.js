// Login / session routes of an Express app: JWT issuing, cookies, password hashing, audit log.
const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const logger = require('./logger');
const users = require('./users-repo');

const router = express.Router();
const JWT_SECRET = process.env.JWT_SECRET;
// ruleid: js-hardcoded-credentials
const ADMIN_PASSWORD = 'Sup3rS3cret!2024';
// ok: js-hardcoded-credentials
const PASSWORD_FIELD = 'password';
// ok: js-hardcoded-credentials
const dbPassword = process.env.DB_PASSWORD || '';

function legacyPasswordDigest(password) {
  // ruleid: js-weak-password-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function etagFor(body) {
  // ok: js-weak-password-hash
  return crypto.createHash('sha1').update(body).digest('base64');
}

function newResetToken() {
  // ruleid: js-weak-random
  const resetToken = Math.random().toString(36).slice(2);
  return resetToken;
}

function jitterMs() {
  // ok: js-weak-random
  const delay = Math.floor(Math.random() * 250);
  return delay;
}

function safeResetToken() {
  // ok: js-weak-random
  const resetToken = crypto.randomBytes(32).toString('hex');
  return resetToken;
}

router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // ruleid: js-log-injection
  logger.info(`login attempt for ${username}`);
  // ok: js-log-injection
  logger.info('login attempt for %s', JSON.stringify(String(username)));
  const user = await users.findByName(String(username));
  if (!user || !(await users.checkPassword(user, password))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' });
  // ruleid: js-insecure-cookie
  res.cookie('session', token, { httpOnly: false, secure: false });
  // ok: js-insecure-cookie
  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js-insecure-cookie
  res.cookie('theme', 'dark', { httpOnly: true, secure: true });
  res.json({ ok: true });
});

router.post('/preferences', (req, res) => {
  // ruleid: js-trust-boundary
  req.session.role = req.body.role;
  const lang = ['en', 'de', 'fr'].includes(req.body.lang) ? req.body.lang : 'en';
  // ok: js-trust-boundary
  req.session.lang = lang;
  res.sendStatus(204);
});

router.get('/me', (req, res) => {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  // ruleid: js-jwt-verification-bypass
  const claims = jwt.decode(token);
  // ok: js-jwt-verification-bypass
  const verified = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
  res.json({ claims, verified });
});

router.get('/legacy-me', (req, res) => {
  const token = req.cookies.session;
  // ruleid: js-jwt-expiration-disabled
  const stale = jwt.verify(token, JWT_SECRET, { ignoreExpiration: true });
  // ok: js-jwt-expiration-disabled
  const fresh = jwt.verify(token, JWT_SECRET, { ignoreExpiration: false });
  res.json({ stale, fresh });
});

module.exports = { router, legacyPasswordDigest, etagFor, newResetToken, jitterMs, safeResetToken, ADMIN_PASSWORD, PASSWORD_FIELD, dbPassword };
