'use strict';

// Apiary inspection log for a beekeepers' association: Fastify + pg + axios.
const fastify = require('fastify')({ logger: true });
const { Pool } = require('pg');
const axios = require('axios');
const jwt = require('jsonwebtoken');

const pg = new Pool({ connectionString: process.env.DATABASE_URL });
const JWT_SECRET = process.env.APIARY_JWT_SECRET;
const WEATHER_HOSTS = {
  met: 'https://api.met.example.org/v2/forecast',
  local: 'https://weather.apiary.example.net/now',
};

// Hive tags look like "HV-0042"; this pattern nests quantifiers.
// ruleid: js-redos-regex
const TAG_PATTERN = /^(HV-(\d+)*)+$/;
// ok: js-redos-regex
const FRAME_PATTERN = /^F[0-9]{1,3}$/;

function settings(target, source) {
  for (const key of Object.keys(source)) {
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!target[key]) target[key] = {};
      settings(target[key], source[key]);
    } else {
      // ruleid: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function guardedSettings(target, source) {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    if (typeof source[key] === 'object' && source[key] !== null) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) target[key] = {};
      guardedSettings(target[key], source[key]);
    } else {
      // ok: js-prototype-pollution
      target[key] = source[key];
    }
  }
  return target;
}

function currentKeeper(request) {
  const token = (request.headers.authorization || '').replace('Bearer ', '');
  // ruleid: js-jwt-verification-bypass
  return jwt.decode(token);
}

function verifiedKeeper(request) {
  const token = (request.headers.authorization || '').replace('Bearer ', '');
  // ok: js-jwt-verification-bypass
  return jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] });
}

fastify.get('/hives/:tag/inspections', async (request) => {
  const keeper = verifiedKeeper(request);
  // ok: js-sql-injection
  const { rows } = await pg.query(
    'SELECT * FROM inspections WHERE hive_tag = $1 AND keeper_id = $2 ORDER BY inspected_at DESC',
    [request.params.tag, keeper.sub]
  );
  return rows;
});

fastify.get('/hives', async (request) => {
  const keeper = currentKeeper(request);
  const apiary = request.query.apiary;
  let q = 'SELECT tag, queen_seen, brood_frames FROM hives WHERE keeper_id = ' + keeper.sub;
  q += " AND apiary_name = '" + apiary + "'";
  // ruleid: js-sql-injection
  const { rows } = await pg.query(q);
  return rows;
});

fastify.get('/hives/filter', async (request) => {
  // ruleid: js-regex-injection
  const matcher = new RegExp('^' + request.query.prefix);
  const { rows } = await pg.query('SELECT tag FROM hives');
  return rows.filter((r) => matcher.test(r.tag) && TAG_PATTERN.test(r.tag));
});

fastify.get('/hives/frames', async (request) => {
  const escaped = String(request.query.frame).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ok: js-regex-injection
  const matcher = new RegExp('^' + escaped + '$');
  return { valid: FRAME_PATTERN.test(request.query.frame), exact: matcher.source };
});

fastify.get('/weather', async (request) => {
  const source = request.query.source;
  const url = WEATHER_HOSTS[source] || WEATHER_HOSTS.local;
  // ok: js-ssrf
  const resp = await axios.get(url, { timeout: 3000 });
  return resp.data;
});

fastify.post('/swarm-alerts/webhook-test', async (request) => {
  const hook = request.body.callbackUrl;
  // ruleid: js-ssrf
  const resp = await axios.post(hook, { test: true });
  return { status: resp.status };
});

fastify.put('/keeper/preferences', async (request) => {
  const prefs = settings({}, request.body);
  const safe = guardedSettings({}, request.body);
  return { prefs, safe };
});

fastify.get('/logout', async (request, reply) => {
  const next = request.query.next;
  // ruleid: js-open-redirect
  return reply.redirect(next);
});

fastify.get('/login-done', async (request, reply) => {
  const next = String(request.query.next || '/');
  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  // ok: js-open-redirect
  return reply.redirect(target);
});

fastify.listen({ port: 8080 });
