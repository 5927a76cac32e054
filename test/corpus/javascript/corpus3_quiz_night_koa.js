// Koa service of a pub quiz league: teams, questions, live scoreboard, host settings.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const cors = require('@koa/cors');
const { MongoClient } = require('mongodb');
const escapeStringRegexp = require('escape-string-regexp');

const app = new Koa();
const router = new Router();
const mongo = new MongoClient(process.env.MONGO_URL);
const teams = () => mongo.db('quiz').collection('teams');
const questions = () => mongo.db('quiz').collection('questions');

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));

// ruleid: js-redos-regex
const TEAM_NAME = /^([a-zA-Z0-9]+\s?)+$/;
// ok: js-redos-regex
const ROUND_ID = /^r[0-9]{1,3}$/;

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      // ruleid: js-prototype-pollution
      target[key] = deepMerge(target[key] || {}, source[key]);
    } else {
      // ruleid: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function safeMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (source[key] && typeof source[key] === 'object') {
      // ok: js-prototype-pollution
      target[key] = safeMerge(target[key] || {}, source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

router.post('/teams/login', async (ctx) => {
  const { name, pin } = ctx.request.body;
  // ruleid: js-nosql-injection
  const team = await teams().findOne({ name, pin });
  // ok: js-nosql-injection
  const byName = await teams().findOne({ name: String(name) });
  ctx.assert(team, 401);
  ctx.body = { team: byName.name };
});

router.get('/questions/search', async (ctx) => {
  const q = ctx.query.q || '';
  // ruleid: js-regex-injection
  const loose = new RegExp(q, 'i');
  // ok: js-regex-injection
  const exact = new RegExp(escapeStringRegexp(q), 'i');
  const all = await questions().find({}).project({ text: 1 }).toArray();
  ctx.body = all.filter((x) => loose.test(x.text) || exact.test(x.text));
});

router.post('/teams', async (ctx) => {
  const name = String(ctx.request.body.name || '');
  ctx.assert(name.length <= 40 && TEAM_NAME.test(name), 400, 'bad team name');
  await teams().insertOne({ name, score: 0 });
  ctx.status = 201;
});

router.get('/rounds/:id', async (ctx) => {
  ctx.assert(ROUND_ID.test(ctx.params.id), 400);
  ctx.body = await questions().find({ round: ctx.params.id }).toArray();
});

router.post('/host/settings', async (ctx) => {
  const settings = { timerSeconds: 60, showAnswers: false };
  deepMerge(settings, ctx.request.body);
  safeMerge(settings, ctx.request.body);
  ctx.body = settings;
});

router.get('/scoreboard', async (ctx) => {
  const pub = ctx.query.pub || 'The Anchor';
  ctx.type = 'html';
  // ruleid: js-xss-response
  ctx.body = `<h1>Scoreboard — ${pub}</h1>`;
});

router.get('/join', async (ctx) => {
  const room = parseInt(ctx.query.room, 10);
  // ok: js-open-redirect
  if (!Number.isNaN(room)) return ctx.redirect(`/rooms/${room}`);
  // ruleid: js-open-redirect
  ctx.redirect(ctx.query.returnUrl);
});

router.post('/host/login', async (ctx) => {
  ctx.assert(ctx.request.body.password === process.env.HOST_PASSWORD, 401);
  // ruleid: js-insecure-cookie
  ctx.cookies.set('host_session', require('crypto').randomUUID(), { httpOnly: false });
  ctx.status = 204;
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
