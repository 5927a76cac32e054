const express = require('express');
const session = require('express-session');

const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  // ruleid: js-insecure-cookie
  cookie: { secure: true, maxAge: 3600000 },
}));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
  // ruleid: js-insecure-cookie
  res.cookie('session', token, { httpOnly: true, secure: true });
  // ruleid: js-insecure-cookie
  res.cookie('auth_token', token, { secure: true, httpOnly: true });
  // ruleid: js-insecure-cookie
  res.cookie('jwt', token, { maxAge: 900000 });
  // ruleid: js-insecure-cookie
  res.cookie('sid', token);
  // ruleid: js-insecure-cookie
  res.cookie('portal_sid', token, { maxAge: 86400000 });
  // ruleid: js-insecure-cookie
  res.cookie('app.session', token, { httpOnly: true, secure: true });
  res.end();
});

app.get('/prefs', (req, res) => {
  // ok: js-insecure-cookie
  res.cookie('theme', req.query.theme, { maxAge: 86400000 });
  // ok: js-insecure-cookie
  res.cookie('session', issueToken(), { httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js-insecure-cookie
  res.cookie('token', issueToken(), { httpOnly: true, secure: process.env.NODE_ENV === 'production' });
  // ok: js-insecure-cookie
  res.cookie('locale', 'en', { secure: false });
  // ok: js-insecure-cookie
  res.cookie('XSRF-TOKEN', issueToken(), { secure: true, sameSite: 'strict' });
  // ok: js-insecure-cookie
  res.cookie('sidebar_state', 'open', { maxAge: 86400000 });
  res.end();
});

function issueToken() { return require('crypto').randomBytes(32).toString('hex'); }

// Koa: ctx.cookies.set defaults to httpOnly: true; turning it off for a session cookie is the finding.
function koaLogin(ctx) {
  // ruleid: js-insecure-cookie
  ctx.cookies.set('host_session', issueToken(), { httpOnly: true });
  // ok: js-insecure-cookie
  ctx.cookies.set('host_session', issueToken(), { secure: true });
  // ok: js-insecure-cookie
  ctx.cookies.set('theme', 'dark', { httpOnly: false });
}
module.exports.koaLogin = koaLogin;

// Options over several lines: the finding is the call, where the cookie is set.
app.post('/login/remember', (req, res) => {
  // ruleid: js-insecure-cookie
  res.cookie('remember_token', issueToken(), {
    maxAge: 30 * 24 * 3600 * 1000,
    // ok: js-insecure-cookie
    secure: true,
    httpOnly: true,
  });
  res.end();
});
