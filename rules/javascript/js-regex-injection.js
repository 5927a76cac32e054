const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const _ = require('lodash');

const app = express();

app.get('/search', (req, res) => {
  // ruleid: js-regex-injection
  const re = new RegExp(req.query.q, 'i');
  const term = req.query.term;
  // ruleid: js-regex-injection
  const starts = RegExp('^' + term);
  res.json([re.source, starts.source]);
});

app.get('/search-safe', (req, res) => {
  // ok: js-regex-injection
  const re = new RegExp(escapeStringRegexp(req.query.q), 'i');
  // ok: js-regex-injection
  const re2 = new RegExp('^' + _.escapeRegExp(req.query.term));
  // ok: js-regex-injection
  const fixed = new RegExp('^[a-z]+$');
  res.json([re.source, re2.source, fixed.source]);
});

// The usual escaping idiom (a backslash before each metacharacter) makes the input literal text.
app.get('/frames', (req, res) => {
  const escaped = String(req.query.frame).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js-regex-injection
  const exact = new RegExp('^' + escaped + '$');
  const partial = String(req.query.frame).replace(/[*+]/g, '');
  // ruleid: js-regex-injection
  const loose = new RegExp(partial);
  res.json({ exact: exact.test('x'), loose: loose.test('y') });
});
