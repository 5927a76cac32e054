const express = require('express');

const app = express();
const ROLES = ['viewer', 'editor'];

app.post('/profile', (req, res) => {
  // ruleid: js-trust-boundary
  req.session.role = req.body.role;
  // ruleid: js-trust-boundary
  req.session['theme'] = req.query.theme;
  res.sendStatus(204);
});

app.post('/profile-safe', (req, res) => {
  const role = req.body.role;
  if (!ROLES.includes(role)) return res.sendStatus(400);
  // ok: js-trust-boundary
  req.session.role = role;
  // ok: js-trust-boundary
  req.session.page = Number(req.query.page);
  // ok: js-trust-boundary
  req.session.visits = (req.session.visits || 0) + 1;
  res.sendStatus(204);
});

// A literal list of accepted values is an allow-list too, written inline.
app.post('/preferences', (req, res) => {
  const theme = ['light', 'dark'].includes(req.body.theme) ? req.body.theme : 'light';
  // ok: js-trust-boundary
  req.session.theme = theme;
  const layout = req.body.layout;
  if (!['grid', 'list'].includes(layout)) return res.sendStatus(400);
  // ok: js-trust-boundary
  req.session.layout = layout;
  // A list that holds a request value vouches for nothing.
  const tz = [req.body.tz, 'UTC'].includes(req.body.tz) ? req.body.tz : 'UTC';
  // ruleid: js-trust-boundary
  req.session.tz = tz;
  // The value kept is not the value checked.
  const lang = ['en', 'de'].includes(req.body.lang) ? req.body.locale : 'en';
  // ruleid: js-trust-boundary
  req.session.lang = lang;
  res.sendStatus(204);
});

app.post('/prefs2', (req, res) => {
  const session = req.session;
  // ruleid: js-trust-boundary
  session.nickname = req.body.nickname;
  const theme = req.body.theme;
  // ok: js-trust-boundary
  session.theme = ['light', 'dark'].includes(theme) ? theme : 'light';
  res.sendStatus(204);
});
