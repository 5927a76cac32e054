const serialize = require('node-serialize');
const Cryo = require('cryo');
const { unserialize } = require('node-serialize');

function restoreProfile(req) {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: js-insecure-deserialization
  const profile = serialize.unserialize(raw);
  // ruleid: js-insecure-deserialization
  const prefs = unserialize(req.body.prefs);
  // ruleid: js-insecure-deserialization
  const state = Cryo.parse(req.body.state);
  // ok: js-insecure-deserialization
  const safe = JSON.parse(raw);
  // ok: js-insecure-deserialization
  const fixture = serialize.unserialize('{"name":"demo"}');
  // ok: js-insecure-deserialization
  const query = require('querystring').parse(req.url);
  return { profile, prefs, state, safe, fixture, query };
}

module.exports = { restoreProfile };
