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
