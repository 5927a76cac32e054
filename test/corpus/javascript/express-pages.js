// Server-rendered Express pages: search results, greeting, status.
const express = require('express');
const escape = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  // ruleid: js-xss-response
  res.send('<p>Hello ' + req.query.name + '</p>');
});

app.get('/hello-safe', (req, res) => {
  // ok: js-xss-response
  res.send('<p>Hello ' + escape(req.query.name) + '</p>');
});

app.get('/search', (req, res) => {
  const q = req.query.q;
  // ruleid: js-xss-response
  res.write(`<h2>Results for ${q}</h2>`);
  res.end();
});

app.get('/api/echo', (req, res) => {
  // ok: js-xss-response
  res.json({ q: req.query.q });
});

app.get('/count', (req, res) => {
  const n = parseInt(req.query.n, 10) || 0;
  // ok: js-xss-response
  res.send(`<p>${n} results</p>`);
});

app.get('/status', (req, res) => {
  // ok: js-xss-response
  res.type('text/plain').send('ok');
});

module.exports = app;
