// pages/api/shows/[...slug].js — planetarium show schedule (Next.js API route, knex, handlebars).
import knexFactory from 'knex';
import https from 'https';
import vm from 'vm';
import Handlebars from 'handlebars';
import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import fs from 'fs';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const STAR_CATALOG = fs.readFileSync(process.cwd() + '/data/star-catalog.xml', 'utf8');
const catalogDoc = new DOMParser().parseFromString(STAR_CATALOG, 'text/xml');

// ruleid: js-tls-verification-disabled
const projectorAgent = new https.Agent({ rejectUnauthorized: false });
// ok: js-tls-verification-disabled
const ticketingAgent = new https.Agent({ rejectUnauthorized: true, keepAlive: true });

const posterTemplate = Handlebars.compile('<h2>{{title}}</h2><p>{{blurb}}</p>');

function dayFilter(q) {
  const day = q.day;
  return `show_date = '${day}'`;
}

async function listShows(req, res) {
  // ruleid: js-sql-injection
  const rows = await knex.raw(`SELECT id, title, dome FROM shows WHERE ${dayFilter(req.query)}`);
  res.status(200).json(rows.rows);
}

async function showsByDome(req, res) {
  // ok: js-sql-injection
  const rows = await knex('shows').where({ dome: req.query.dome }).select('id', 'title');
  // ok: js-sql-injection
  const counts = await knex.raw('SELECT count(*) FROM bookings WHERE dome = ?', [req.query.dome]);
  res.status(200).json({ rows, counts: counts.rows });
}

async function searchShows(req, res) {
  // ruleid: js-sql-injection
  const rows = await knex('shows').whereRaw("title ILIKE '%" + req.query.q + "%'");
  res.status(200).json(rows);
}

function renderPoster(req, res) {
  const custom = req.body && req.body.layout;
  // ruleid: js-template-injection
  const tpl = Handlebars.compile(custom);
  const html = tpl({ title: 'Tonight', blurb: 'Live sky tour' });
  // ok: js-template-injection
  const standard = posterTemplate({ title: req.body.title, blurb: req.body.blurb });
  res.setHeader('Content-Type', 'text/html');
  res.status(200).send(req.body.useCustom ? html : standard);
}

function skyCalc(req, res) {
  const sandbox = { ra: Number(req.query.ra), dec: Number(req.query.dec), result: null };
  const expression = req.query.expr;
  // ruleid: js-vm-code-injection
  vm.runInNewContext('result = ' + expression, sandbox, { timeout: 50 });
  // ok: js-vm-code-injection
  vm.runInNewContext('result = ra * 15 + dec', sandbox, { timeout: 50 });
  res.status(200).json({ value: sandbox.result });
}

function starLookup(req, res) {
  const name = req.query.star;
  // ruleid: js-xpath-injection
  const nodes = xpath.select(`//star[@name='${name}']/magnitude/text()`, catalogDoc);
  res.status(200).json(nodes.map(String));
}

function constellation(req, res) {
  const allowed = ['Orion', 'Lyra', 'Cygnus', 'Cassiopeia'];
  const c = allowed.includes(req.query.c) ? req.query.c : 'Orion';
  // ok: js-xpath-injection
  const nodes = xpath.select(`//star[@constellation='${c}']/@name`, catalogDoc);
  res.status(200).json(nodes.map((n) => n.value));
}

async function projectorStatus(req, res) {
  const r = await fetch('https://projector.local/status', { agent: projectorAgent });
  const t = await fetch('https://tickets.example.org/health', { agent: ticketingAgent });
  res.status(200).json({ projector: r.status, tickets: t.status });
}

function greeting(req, res) {
  res.setHeader('Content-Type', 'text/html');
  // ruleid: js-xss-response
  res.status(200).send(`<p>Clear skies, ${req.query.visitor}!</p>`);
}

export default async function handler(req, res) {
  const [action] = req.query.slug || [];
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  switch (action) {
    case 'list': return listShows(req, res);
    case 'dome': return showsByDome(req, res);
    case 'search': return searchShows(req, res);
    case 'poster': return renderPoster(req, res);
    case 'calc': return skyCalc(req, res);
    case 'star': return starLookup(req, res);
    case 'constellation': return constellation(req, res);
    case 'projector': return projectorStatus(req, res);
    case 'hello': return greeting(req, res);
    default:
      // ok: js-xss-response
      return res.status(404).send('<p>Unknown action</p>');
  }
}
