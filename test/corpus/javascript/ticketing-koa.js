// Event-ticketing API (Koa + Mongoose): event search, organiser settings, seat maps, promo codes.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const crypto = require('crypto');
const vm = require('vm');
const _ = require('lodash');
const pug = require('pug');
const serialize = require('node-serialize');
const escapeHtml = require('escape-html');
const { Event, Organizer, Order } = require('./models');

const app = new Koa();
const router = new Router({ prefix: '/api' });
// ruleid: js-hardcoded-credentials
const STRIPE_SECRET = 'sk_live_51HqR8cJk2LmN0pQrStUvWxYz7a9B3c5D7e9F1g3H5j7K9m1';
// ok: js-hardcoded-credentials
const STRIPE_PUBLISHABLE_PLACEHOLDER = process.env.STRIPE_PK || '';
const SETTING_KEYS = new Set(['currency', 'timezone', 'refundPolicy', 'seatMapTheme']);
// ruleid: js-redos-regex
const PROMO_FORMAT = /^([A-Z0-9]+-?)*$/;
// ok: js-redos-regex
const EVENT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
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
      if (!target[key]) target[key] = {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

router.get('/events', async (ctx) => {
  const { city, q } = ctx.query;
  // ok: js-nosql-injection
  const byCity = await Event.find({ city: String(city || '') }).limit(50);
  // ruleid: js-regex-injection
  const byTitle = await Event.find({ title: new RegExp(q, 'i') }).limit(50);
  // ok: js-regex-injection
  const byVenue = await Event.find({ venue: new RegExp(escapeRegExp(String(q || '')), 'i') }).limit(50);
  ctx.body = { byCity, byTitle, byVenue };
});

router.post('/orders/lookup', async (ctx) => {
  const { email, reference } = ctx.request.body;
  // ruleid: js-nosql-injection
  const order = await Order.findOne({ email, reference });
  // ruleid: js-nosql-injection
  const late = await Order.find({ $where: `this.reference == '${reference}' && this.paid == false` });
  ctx.body = { order, late: late.length };
});

router.put('/organizers/:id/settings', async (ctx) => {
  const org = await Organizer.findById(ctx.params.id);
  const settings = org.settings.toObject();
  deepMerge(settings, ctx.request.body);
  for (const [key, value] of Object.entries(ctx.request.body.flat || {})) {
    // ok: js-prototype-pollution-taint
    if (SETTING_KEYS.has(key)) _.set(settings, key, value);
  }
  // ruleid: js-prototype-pollution-taint
  _.set(settings, ctx.request.body.path, ctx.request.body.value);
  org.settings = safeMerge({}, settings);
  await org.save();
  ctx.body = org.settings;
});

router.post('/promo/validate', (ctx) => {
  const code = String(ctx.request.body.code || '');
  ctx.body = { valid: code.length < 40 && PROMO_FORMAT.test(code), slug: EVENT_SLUG.test(ctx.request.body.event || '') };
});

router.post('/pricing/preview', (ctx) => {
  const { rule, basePrice } = ctx.request.body;
  // ruleid: js-vm-code-injection
  const price = vm.runInNewContext(rule, { base: Number(basePrice), Math });
  // ok: js-vm-code-injection
  const fee = vm.runInNewContext('Math.round(base * 0.029 + 30)', { base: Number(basePrice), Math });
  ctx.body = { price, fee };
});

router.post('/tickets/render', (ctx) => {
  // ruleid: js-template-injection
  const html = pug.render(ctx.request.body.layout, { holder: ctx.request.body.holder });
  // ok: js-template-injection
  const stub = pug.renderFile('./views/ticket-stub.pug', { holder: ctx.request.body.holder });
  ctx.body = html + stub;
});

router.get('/events/:slug/waitlist', (ctx) => {
  // ruleid: js-xss-response
  ctx.body = `<h2>You're on the waitlist for ${ctx.params.slug}, ${ctx.query.name}</h2>`;
  ctx.type = 'html';
});

router.get('/events/:slug/soldout', (ctx) => {
  ctx.type = 'html';
  // ok: js-xss-response
  ctx.body = `<h2>${escapeHtml(ctx.params.slug)} is sold out</h2>`;
});

router.post('/cart/restore', (ctx) => {
  // ruleid: js-insecure-deserialization
  const cart = serialize.unserialize(Buffer.from(ctx.cookies.get('cart') || '', 'base64').toString());
  // ok: js-insecure-deserialization
  const saved = JSON.parse(ctx.request.body.saved || '{}');
  ctx.body = { items: (cart.items || []).concat(saved.items || []) };
});

router.post('/organizers/login', async (ctx) => {
  const org = await Organizer.findOne({ email: String(ctx.request.body.email) });
  // ruleid: js-weak-password-hash
  const digest = crypto.createHash('sha1').update(String(ctx.request.body.password)).digest('hex');
  ctx.status = org && org.passwordSha1 === digest ? 204 : 401;
});

app.use(bodyParser()).use(router.routes());
module.exports = { app, STRIPE_SECRET };
