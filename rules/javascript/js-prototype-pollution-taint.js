const express = require('express');
const _ = require('lodash');

const app = express();
const settings = {};
const ALLOWED_SECTIONS = ['ui', 'email'];

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  // Not reported yet (assignment targets are not sinks in the dataflow engine): settings[section][key] = value;
  res.sendStatus(204);
});

app.post('/prefs', (req, res) => {
  const prefs = {};
  // ruleid: js-prototype-pollution-taint
  _.set(prefs, req.body.path, req.body.value);
  // ruleid: js-prototype-pollution-taint
  _.merge(prefs, req.body);
  res.json(prefs);
});

app.post('/settings-safe', (req, res) => {
  const { section, key, value } = req.body;
  if (!ALLOWED_SECTIONS.includes(section)) return res.sendStatus(400);
  // ok: js-prototype-pollution-taint
  _.set(settings, section, value);
  // ok: js-prototype-pollution-taint
  _.set(settings, 'ui.theme', String(value));
  const counts = {};
  // ok: js-prototype-pollution-taint
  counts[key] = (counts[key] || 0) + 1;
  res.sendStatus(204);
});

// --- Other path setters and unflatteners: "__proto__.polluted" walks to Object.prototype.
const dotProp = require('dot-prop');
const objectPath = require('object-path');
const flat = require('flat');
const ALLOWED_PATHS = ['ui.theme', 'ui.density', 'mail.digest'];

app.post('/prefs/set', (req, res) => {
  const prefs = {};
  const { key, value } = req.body;
  // ruleid: js-prototype-pollution-taint
  dotProp.set(prefs, key, value);
  // ruleid: js-prototype-pollution-taint
  objectPath.set(prefs, req.query.path, req.query.value);
  // ruleid: js-prototype-pollution-taint
  const nested = flat.unflatten(req.body);
  // ok: js-prototype-pollution-taint
  dotProp.set(prefs, 'ui.theme', value);
  // ok: js-prototype-pollution-taint
  if (ALLOWED_PATHS.includes(key)) objectPath.set(prefs, key, value);
  res.json({ prefs, nested });
});

// --- Merging into an entry chosen by the client: settings["__proto__"] IS Object.prototype.
app.patch('/settings/section', (req, res) => {
  const { section, values } = req.body;
  // ruleid: js-prototype-pollution-taint
  Object.assign(settings[section], values);
  // ruleid: js-prototype-pollution-taint
  _.merge(settings[section], { updatedAt: Date.now() });
  // ok: js-prototype-pollution-taint
  Object.assign(settings.ui, values);
  const store = new Map();
  // ok: js-prototype-pollution-taint
  store.set(section, Object.assign({}, values));
  if (!ALLOWED_SECTIONS.includes(section)) return res.sendStatus(400);
  // ok: js-prototype-pollution-taint
  Object.assign(settings[section], values);
  res.sendStatus(204);
});
