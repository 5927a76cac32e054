// Koa file server for report exports: CORS, downloads, conversions, HTML error pages.
const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');
const fs = require('fs');
const path = require('path');
const { exec, execFile } = require('child_process');
const escapeHtml = require('escape-html');

const app = new Koa();
const router = new Router();
const EXPORTS = path.resolve(__dirname, 'exports');
const FORMATS = new Set(['pdf', 'csv', 'xlsx']);

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));
// ok: js-cors-credentials-any-origin
app.use(cors({ origin: 'https://app.example.com', credentials: true }));

router.get('/exports/:name', (ctx) => {
  // ruleid: js-path-traversal
  ctx.body = fs.createReadStream(path.join(EXPORTS, ctx.params.name));
});

router.get('/exports-safe/:name', (ctx) => {
  // ok: js-path-traversal
  ctx.body = fs.createReadStream(path.join(EXPORTS, path.basename(ctx.params.name)));
});

router.post('/convert', (ctx) => {
  const file = path.join(EXPORTS, path.basename(ctx.request.body.file));
  const format = ctx.request.body.format;
  // ruleid: js-command-injection
  exec(`libreoffice --headless --convert-to ${format} ${file}`);
  if (!FORMATS.has(format)) ctx.throw(400, 'format');
  // ok: js-command-injection
  execFile('libreoffice', ['--headless', '--convert-to', format, file]);
  ctx.status = 202;
});

router.get('/missing', (ctx) => {
  const name = ctx.query.name;
  ctx.type = 'html';
  // ruleid: js-xss-response
  ctx.body = `<h1>No export called ${name}</h1>`;
});

router.get('/missing-safe', (ctx) => {
  ctx.type = 'html';
  // ok: js-xss-response
  ctx.body = `<h1>No export called ${escapeHtml(ctx.query.name)}</h1>`;
});

router.get('/count', (ctx) => {
  // ok: js-xss-response
  ctx.body = { count: Number(ctx.query.n) || 0 };
});

app.use(router.routes());
module.exports = app;
