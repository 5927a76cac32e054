const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/greet', (req, res) => {
  // ruleid: js-xss-response
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

app.get('/search', (req, res) => {
  const term = req.query.q;
  const html = '<p>No results for ' + term + '</p>';
  // ruleid: js-xss-response
  res.write(html);
  res.end();
});

app.get('/greet-safe', (req, res) => {
  // ok: js-xss-response
  res.send(`<h1>Hello ${escapeHtml(req.query.name)}</h1>`);
  // ok: js-xss-response
  res.send(`<h2>${escape(req.query.name)}</h2>`); // escape-html's default export, lodash's _.escape
});

app.get('/page', (req, res) => {
  const page = Number(req.query.page);
  // ok: js-xss-response
  res.send(`<p>Page ${page}</p>`);
  // ok: js-xss-response
  res.json({ echo: req.query.name });
});

app.post('/echo', (req, res) => {
  // ok: js-xss-response
  res.send(req.body);
});

app.get('/render', (req, res) => {
  // ok: js-xss-response
  res.render('greet', { name: req.query.name });
});

// --- Koa: a string assigned to ctx.body is sent as HTML when it starts with "<" (or when
// ctx.type says so), so request data spliced into it is reflected XSS.
const Koa = require('koa');
const koa = new Koa();
koa.use(async (ctx) => {
  const q = ctx.query.q;
  if (ctx.path === '/search') {
    // ruleid: js-xss-response
    ctx.body = `<p>Results for ${q}</p>`;
  } else if (ctx.path === '/echo') {
    // ruleid: js-xss-response
    ctx.response.body = '<pre>' + ctx.request.body.text + '</pre>';
  } else if (ctx.path === '/search-safe') {
    // ok: js-xss-response
    ctx.body = `<p>Results for ${escapeHtml(q)}</p>`;
  } else if (ctx.path === '/count') {
    // ok: js-xss-response
    ctx.body = { q, count: 0 };
  } else {
    // ok: js-xss-response
    ctx.body = '<p>Not found</p>';
  }
});

// A status or header set on the way: the chain still answers with the string.
app.get('/greet', (req, res) => {
  // ruleid: js-xss-response
  res.status(200).send(`<p>Hello, ${req.query.name}!</p>`);
  // ruleid: js-xss-response
  res.status(404).type('html').send('<p>No page called ' + req.params.page + '</p>');
  // ok: js-xss-response
  res.status(400).send(`<p>Hello, ${escapeHtml(req.query.name)}!</p>`);
  // ok: js-xss-response
  res.status(200).json({ name: req.query.name });
});
