// Link preview + webhook + post-login redirect routes (Express, TypeScript).
import express, { Request, Response } from 'express';
import axios from 'axios';
import https from 'https';

const router = express.Router();
const PREVIEW_HOSTS = new Set(['images.example.com', 'cdn.example.com']);
const SAFE_PATHS = ['/dashboard', '/settings', '/billing'];

router.get('/preview', async (req: Request, res: Response) => {
  const target = String(req.query.url);
  // ruleid: js-ssrf
  const page = await axios.get(target);
  res.json({ length: page.data.length });
});

router.get('/image', async (req: Request, res: Response) => {
  const url = new URL(String(req.query.src));
  if (url.protocol !== 'https:' || !PREVIEW_HOSTS.has(url.hostname)) {
    return res.sendStatus(400);
  }
  // ok: js-ssrf
  const image = await axios.get(url.toString(), { responseType: 'arraybuffer' });
  res.type('image/png').send(image.data);
});

router.get('/status', async (_req: Request, res: Response) => {
  // ok: js-ssrf
  const health = await fetch('https://status.example.com/api/v2/status.json');
  res.json(await health.json());
});

router.post('/webhooks/test', async (req: Request, res: Response) => {
  const hook = req.body.callbackUrl;
  // ruleid: js-ssrf
  const reply = await fetch(hook, { method: 'POST', body: JSON.stringify({ ping: true }) });
  res.json({ status: reply.status });
});

router.get('/after-login', (req: Request, res: Response) => {
  const next = String(req.query.next || '/');
  // ruleid: js-open-redirect
  res.redirect(next);
});

router.get('/after-logout', (req: Request, res: Response) => {
  const next = String(req.query.next || '/');
  const dest = SAFE_PATHS.includes(next) ? next : '/';
  // ok: js-open-redirect
  res.redirect(dest);
});

router.get('/legacy', (req: Request, res: Response) => {
  // ok: js-open-redirect
  res.redirect(301, '/v2' + req.path.replace(/[^a-z0-9/]/gi, ''));
});

// Internal billing service uses a self-signed certificate in every environment.
// ruleid: js-tls-verification-disabled
const billingAgent = new https.Agent({ rejectUnauthorized: false });
// ok: js-tls-verification-disabled
const strictAgent = new https.Agent({ rejectUnauthorized: true, ca: process.env.BILLING_CA });

export { router, billingAgent, strictAgent };
