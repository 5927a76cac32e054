const express = require('express');
const cors = require('cors');

const app = express();

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: true, credentials: true }));
// ruleid: js-cors-credentials-any-origin
app.use('/api', cors({ credentials: true, methods: ['GET'], origin: '*' }));

app.use((req, res, next) => {
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use((req, res, next) => {
  // ruleid: js-cors-credentials-any-origin
  res.header('Access-Control-Allow-Origin', req.get('origin'));
  next();
});

const ALLOWED = new Set(['https://app.example.com']);
// ok: js-cors-credentials-any-origin
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
// ok: js-cors-credentials-any-origin
app.use(cors({ origin: (origin, cb) => cb(null, ALLOWED.has(origin)), credentials: true }));
// ok: js-cors-credentials-any-origin
app.use('/public', cors({ origin: '*' }));

app.use((req, res, next) => {
  // ok: js-cors-credentials-any-origin
  if (ALLOWED.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  next();
});

// ruleid: js-cors-credentials-any-origin
const corsOptions = { origin: true, credentials: true, maxAge: 600 };
app.use('/v2', cors(corsOptions));
// ok: js-cors-credentials-any-origin
const corsPublic = { origin: '*', credentials: false };
app.use('/v3', cors(corsPublic));

// --- An origin FUNCTION that hands back whatever Origin the browser sent (or says yes to every
// origin) is `origin: true` in disguise: any site can read credentialed responses.
// ruleid: js-cors-credentials-any-origin
app.use('/v4', cors({ origin: (requestOrigin, callback) => callback(null, true), credentials: true }));
// ruleid: js-cors-credentials-any-origin
app.use('/v5', cors({
  credentials: true,
  origin(requestOrigin, done) {
    done(null, requestOrigin);
  },
}));
// ruleid: js-cors-credentials-any-origin
const accountCors = { credentials: true, origin: function (o, cb) { cb(null, o); } };
app.use('/account', cors(accountCors));

const Koa = require('koa');
const koaCors = require('@koa/cors');
const koa = new Koa();
// ruleid: js-cors-credentials-any-origin
koa.use(koaCors({ credentials: true, origin: (ctx) => ctx.request.headers.origin }));
// ok: js-cors-credentials-any-origin
koa.use(koaCors({ credentials: true, origin: (ctx) => (ALLOWED.has(ctx.get('Origin')) ? ctx.get('Origin') : '') }));
// ok: js-cors-credentials-any-origin
koa.use(koaCors({ origin: (ctx) => ctx.get('Origin') }));
// ok: js-cors-credentials-any-origin
app.use('/v6', cors({ credentials: true, origin: (o, cb) => (ALLOWED.has(o) ? cb(null, true) : cb(new Error('origin not allowed'))) }));
// ok: js-cors-credentials-any-origin
app.use('/v7', cors({ credentials: true, origin(o, cb) { if (!ALLOWED.has(o)) return cb(null, false); cb(null, o); } }));

// --- The same reflection through a local variable.
app.use((req, res, next) => {
  const origin = req.headers.origin;
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
koa.use(async (ctx, next) => {
  const requestOrigin = ctx.get('Origin');
  if (ALLOWED.has(requestOrigin)) {
    // ok: js-cors-credentials-any-origin
    ctx.set('Access-Control-Allow-Origin', requestOrigin);
    ctx.set('Access-Control-Allow-Credentials', 'true');
  }
  await next();
});
app.use((req, res, next) => {
  const origin = process.env.FRONTEND_ORIGIN;
  // ok: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});

// --- Header objects (res.set({...}), res.writeHead(status, {...})) echo the Origin the same way.
app.use((req, res, next) => {
  // ruleid: js-cors-credentials-any-origin
  res.set({ 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' });
  next();
});
const http = require('http');
http.createServer((req, res) => {
  const origin = req.headers.origin;
  // ruleid: js-cors-credentials-any-origin
  res.writeHead(200, { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' });
  res.end();
});
http.createServer((req, res) => {
  const origin = req.headers.origin;
  const allowed = ALLOWED.has(origin) ? origin : 'https://app.example.com';
  // ok: js-cors-credentials-any-origin
  res.writeHead(200, { 'Access-Control-Allow-Origin': allowed, Vary: 'Origin' });
  // ok: js-cors-credentials-any-origin
  res.set({ 'Access-Control-Allow-Origin': 'https://app.example.com' });
  res.end();
});

// --- A regular-expression allow-list must be anchored at the end and escape its dots, or
// another site's origin passes: https://app.example.com.evil.net, https://appxexample.com.
// ruleid: js-cors-credentials-any-origin
app.use('/r1', cors({ origin: /^https:\/\/app\.example\.com/, credentials: true }));
// ruleid: js-cors-credentials-any-origin
app.use('/r2', cors({ credentials: true, origin: ['https://admin.example.com', /^https:\/\/app.example.com$/] }));
// ok: js-cors-credentials-any-origin
app.use('/r3', cors({ origin: /^https:\/\/(app|admin)\.example\.com$/, credentials: true }));
// ok: js-cors-credentials-any-origin
app.use('/r4', cors({ origin: [/^https:\/\/[a-z0-9-]+\.example\.com$/, 'https://partner.example'], credentials: true }));
// ok: js-cors-credentials-any-origin
app.use('/r5', cors({ origin: /example\.com/ }));
app.use((req, res, next) => {
  const origin = req.headers.origin;
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', origin || '*');
  next();
});

// Hono's cors(): an origin function that returns its argument approves every origin.
const { Hono } = require('hono');
const { cors: honoCors } = require('hono/cors');
const hono = new Hono();
// ruleid: js-cors-credentials-any-origin
hono.use('/api/*', honoCors({ origin: (origin) => origin, credentials: true }));
// ruleid: js-cors-credentials-any-origin
hono.use('/v2/*', honoCors({ credentials: true, origin: function (o) { return o; } }));
// ok: js-cors-credentials-any-origin
hono.use('/v3/*', honoCors({ origin: (origin) => (origin.endsWith('.example.com') ? origin : 'https://example.com'), credentials: true }));

// The Origin header reflected through a fallback or a variable.
app.use((req, res, next) => {
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/api', (req, res, next) => {
  const origin = req.headers.origin;
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use('/partners', (req, res, next) => {
  const origin = req.headers.origin;
  if (PARTNER_ORIGINS.includes(origin)) {
    // ok: js-cors-credentials-any-origin
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
