// Next.js API routes (pages router) of a walking-tour operator: bookings, guide sync, partner feeds.
import type { NextApiRequest, NextApiResponse } from 'next';
import https from 'https';
import axios from 'axios';
import _ from 'lodash';
import vm from 'vm';
import Handlebars from 'handlebars';
import { DOMParser } from '@xmldom/xmldom';
import xpath from 'xpath';
import serialize from 'node-serialize';
import pino from 'pino';

const logger = pino();
const PARTNERS: Record<string, string> = { citywalks: 'https://feeds.citywalks.example/tours.json', oldtown: 'https://api.oldtown-tours.example/v1/tours' };
const CONFIRMATION = Handlebars.compile('<p>Booked {{tour}} for {{name}} on {{date}}</p>');
const ROUTES_XML = new DOMParser().parseFromString('<routes><route id="harbour"><guide>Ana</guide></route></routes>', 'text/xml');
const defaults = { currency: 'EUR', groupSize: 8, options: { audioGuide: false } };

export async function partnerFeed(req: NextApiRequest, res: NextApiResponse) {
  const partner = String(req.query.partner);
  const feedUrl = PARTNERS[partner];
  if (!feedUrl) return res.status(404).end();
  // ok: js-ssrf
  const { data } = await axios.get(feedUrl, { timeout: 5000 });
  res.json(data);
}

export async function previewImage(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: js-ssrf
  const { data } = await axios.get(String(req.query.src), { responseType: 'arraybuffer' });
  res.setHeader('Content-Type', 'image/jpeg');
  res.send(data);
}

export async function bookingSettings(req: NextApiRequest, res: NextApiResponse) {
  const settings = _.cloneDeep(defaults);
  // ruleid: js-prototype-pollution-taint
  _.set(settings, req.body.path, req.body.value);
  // ok: js-prototype-pollution-taint
  _.set(settings, 'options.audioGuide', Boolean(req.body.audioGuide));
  res.json(settings);
}

export async function confirmation(req: NextApiRequest, res: NextApiResponse) {
  const { tour, name, date, footer } = req.body;
  // ok: js-template-injection
  const html = CONFIRMATION({ tour, name, date });
  // ruleid: js-template-injection
  const foot = Handlebars.compile(footer)({ name });
  res.setHeader('Content-Type', 'text/html');
  res.send(html + foot);
}

export async function priceRule(req: NextApiRequest, res: NextApiResponse) {
  const sandbox = { base: 25, people: Number(req.body.people) || 1, total: 0 };
  // ruleid: js-vm-code-injection
  vm.runInNewContext(`total = ${req.body.formula}`, sandbox);
  // ok: js-vm-code-injection
  vm.runInNewContext('total = base * people', sandbox);
  res.json({ total: sandbox.total });
}

export async function guideForRoute(req: NextApiRequest, res: NextApiResponse) {
  const route = String(req.query.route);
  // ruleid: js-xpath-injection
  const nodes = xpath.select(`//route[@id='${route}']/guide/text()`, ROUTES_XML as any);
  res.json({ guide: String(nodes) });
}

export async function restoreDraft(req: NextApiRequest, res: NextApiResponse) {
  const cookie = req.cookies['draft'] ?? '';
  // ruleid: js-insecure-deserialization
  const draft = serialize.unserialize(Buffer.from(cookie, 'base64').toString());
  // ok: js-insecure-deserialization
  const fromBody = JSON.parse(typeof req.body === 'string' ? req.body : '{}');
  res.json({ draft, fromBody });
}

export async function syncGuides(req: NextApiRequest, res: NextApiResponse) {
  // ruleid: js-tls-verification-disabled
  const agent = new https.Agent({ rejectUnauthorized: false });
  const { data } = await axios.get('https://hr.tourops.internal/guides', { httpsAgent: agent });
  // ruleid: js-log-injection
  logger.info(`guide sync requested by ${req.headers['x-user']}`);
  // ok: js-log-injection
  logger.info({ count: data.length }, 'guide sync done');
  res.json({ count: data.length });
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Access-Control-Allow-Origin', 'https://www.walkthecity.example');
  // ok: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  switch (req.query.op) {
    case 'feed': return partnerFeed(req, res);
    case 'preview': return previewImage(req, res);
    case 'settings': return bookingSettings(req, res);
    case 'confirm': return confirmation(req, res);
    case 'price': return priceRule(req, res);
    case 'guide': return guideForRoute(req, res);
    case 'draft': return restoreDraft(req, res);
    default: return syncGuides(req, res);
  }
}
