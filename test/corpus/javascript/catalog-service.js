// Product catalogue API: Express + Mongoose. Search, filters, profile updates, settings merge.
const express = require('express');
const Product = require('./models/product');
const User = require('./models/user');

const router = express.Router();
const EDITABLE = ['displayName', 'bio', 'avatarUrl'];

router.post('/login', async (req, res) => {
  // ruleid: js-nosql-injection
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  res.json({ ok: Boolean(user) });
});

router.get('/products', async (req, res) => {
  // ok: js-nosql-injection
  const items = await Product.find({ category: String(req.query.category) }).limit(50);
  res.json(items);
});

router.get('/products/by-sku', async (req, res) => {
  const sku = req.query.sku;
  // ruleid: js-nosql-injection
  const item = await Product.findOne({ sku: sku });
  res.json(item);
});

router.get('/products/cheap', async (req, res) => {
  const max = Number(req.query.max);
  // ok: js-nosql-injection
  const items = await Product.find({ price: { $lte: max } });
  res.json(items);
});

router.get('/products/long-names', async (req, res) => {
  // ruleid: js-nosql-injection
  const items = await Product.find({ $where: 'this.name.length > ' + req.query.len });
  res.json(items);
});

router.put('/me', async (req, res) => {
  // ruleid: js-mass-assignment
  await User.updateOne({ _id: req.user.id }, req.body);
  res.sendStatus(204);
});

router.put('/me/profile', async (req, res) => {
  const changes = {};
  for (const key of EDITABLE) if (key in req.body) changes[key] = String(req.body[key]);
  // ok: js-mass-assignment
  await User.updateOne({ _id: req.user.id }, changes);
  res.sendStatus(204);
});

router.post('/signup', async (req, res) => {
  // ruleid: js-mass-assignment
  const user = await User.create(req.body);
  res.status(201).json({ id: user.id });
});

function deepMerge(target, source) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      target[key] = target[key] || {};
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
      target[key] = target[key] || {};
      safeMerge(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

router.patch('/settings', (req, res) => {
  const settings = req.user.settings;
  const { path, value } = req.body;
  const [section, field] = String(path).split('.');
  // ruleid: js-prototype-pollution-taint
  settings[section][field] = value;
  const allowed = new Map(Object.entries(settings));
  // ok: js-prototype-pollution-taint
  if (allowed.has(section) && Object.hasOwn(settings[section], field)) settings[section][field] = String(value);
  res.json(deepMerge({}, settings));
});

// ruleid: js-redos-regex
const EMAIL_RE = /^([a-zA-Z0-9_.+-]+)+@example\.com$/;
// ok: js-redos-regex
const SKU_RE = /^[A-Z]{3}-\d{4,8}$/;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

router.get('/search', async (req, res) => {
  const term = String(req.query.q || '');
  // ruleid: js-regex-injection
  const re = new RegExp(term, 'i');
  // ok: js-regex-injection
  const literal = new RegExp(escapeRegExp(term), 'i');
  const items = await Product.find({ name: literal }).limit(20);
  res.json({ items, pattern: re.source, valid: EMAIL_RE.test(term) || SKU_RE.test(term), merged: safeMerge({}, {}) });
});

module.exports = router;
