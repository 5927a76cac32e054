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
