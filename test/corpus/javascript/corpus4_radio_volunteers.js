'use strict';

// Community radio station volunteer portal: Koa + Sequelize + ldapjs, server-rendered React pages.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const ldap = require('ldapjs');
const jwt = require('jsonwebtoken');
const serialize = require('node-serialize');
const _ = require('lodash');
const React = require('react');
const { renderToString } = require('react-dom/server');
const { Volunteer, ShowSlot } = require('./models');

const app = new Koa();
const router = new Router();
const directory = ldap.createClient({ url: 'ldaps://ldap.station.internal' });
const SIGNING_KEY = process.env.PORTAL_JWT_KEY;

function ldapEscape(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

function findPresenter(filter) {
  return new Promise((resolve, reject) => {
    directory.search('ou=presenters,dc=station,dc=fm', { filter, scope: 'sub' }, (err, res) => {
      if (err) return reject(err);
      const found = [];
      res.on('searchEntry', (e) => found.push(e.object));
      res.on('end', () => resolve(found));
    });
  });
}

function readClaims(ctx) {
  const token = ctx.cookies.get('portal_token');
  // ruleid: js-jwt-expiration-disabled
  return jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'], ignoreExpiration: true });
}

function readFreshClaims(ctx) {
  const token = ctx.cookies.get('portal_token');
  // ok: js-jwt-expiration-disabled, js-jwt-verification-bypass
  return jwt.verify(token, SIGNING_KEY, { algorithms: ['HS256'], maxAge: '8h' });
}

router.get('/presenters', async (ctx) => {
  const handle = ctx.query.handle;
  const filter = '(&(objectClass=presenter)(onAirName=' + handle + '))';
  // ruleid: js-ldap-injection
  ctx.body = await findPresenter(filter);
});

router.get('/presenters/safe', async (ctx) => {
  // ok: js-ldap-injection
  ctx.body = await findPresenter('(&(objectClass=presenter)(onAirName=' + ldapEscape(ctx.query.handle) + '))');
});

router.post('/volunteers', async (ctx) => {
  // ruleid: js-mass-assignment
  const v = await Volunteer.create(ctx.request.body);
  ctx.body = { id: v.id };
});

router.patch('/volunteers/:id', async (ctx) => {
  readFreshClaims(ctx);
  const v = await Volunteer.findByPk(Number(ctx.params.id));
  const { phone, availability } = ctx.request.body;
  // ok: js-mass-assignment
  await v.update({ phone, availability });
  ctx.status = 204;
});

router.post('/slots/draft', async (ctx) => {
  const claims = readClaims(ctx);
  // ruleid: js-insecure-deserialization
  const draft = serialize.unserialize(ctx.request.body.draft);
  // ok: js-insecure-deserialization
  const meta = JSON.parse(ctx.request.body.meta || '{}');
  ctx.body = await ShowSlot.create({ owner: claims.sub, title: String(draft.title), genre: String(meta.genre) });
});

router.post('/prefs', async (ctx) => {
  const prefs = {};
  const { path, value } = ctx.request.body;
  // ruleid: js-prototype-pollution-taint
  _.set(prefs, path, value);
  const defaults = { theme: 'dark', notify: { email: true } };
  // ok: js-prototype-pollution-taint
  _.merge(defaults, { notify: { sms: Boolean(ctx.request.body.sms) } });
  ctx.body = { prefs, defaults };
});

function ShowPage(props) {
  return React.createElement('article', null,
    React.createElement('h1', null, props.title),
    // ruleid: js-react-dangerous-html
    React.createElement('section', { dangerouslySetInnerHTML: { __html: props.notesHtml } }),
    // ok: js-react-dangerous-html
    React.createElement('footer', { dangerouslySetInnerHTML: { __html: '&copy; Station FM volunteers' } })
  );
}

router.get('/shows/:id', async (ctx) => {
  const slot = await ShowSlot.findByPk(Number(ctx.params.id));
  ctx.type = 'html';
  ctx.body = renderToString(React.createElement(ShowPage, { title: slot.title, notesHtml: slot.notes }));
});

router.post('/login', async (ctx) => {
  const token = jwt.sign({ sub: ctx.request.body.user }, SIGNING_KEY, { expiresIn: '8h' });
  // ruleid: js-insecure-cookie
  ctx.cookies.set('portal_token', token, { httpOnly: true, secure: false });
  // ok: js-insecure-cookie
  ctx.cookies.set('portal_lang', 'en', { httpOnly: false });
  ctx.body = { ok: true };
});

app.use(bodyParser());
app.use(router.routes());
app.listen(4000);
