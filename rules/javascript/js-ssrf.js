const express = require('express');
const axios = require('axios');
const https = require('https');

const app = express();
const ALLOWED_HOSTS = new Set(['api.partner.example', 'cdn.partner.example']);

app.get('/preview', async (req, res) => {
  // ruleid: js-ssrf
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/webhook-test', async (req, res) => {
  const target = req.body.callbackUrl;
  // ruleid: js-ssrf
  const reply = await axios.post(target, { ping: true });
  res.json(reply.status);
});

app.get('/avatar', (req, res) => {
  // ruleid: js-ssrf
  https.get('https://' + req.query.host + '/avatar.png', (r) => r.pipe(res));
});

app.get('/preview-safe', async (req, res) => {
  const url = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(url.hostname)) return res.sendStatus(400);
  // ok: js-ssrf
  const page = await fetch(url);
  res.send(await page.text());
});

app.get('/user-repos', async (req, res) => {
  // ok: js-ssrf
  const reply = await axios.get('https://api.github.com/users/' + encodeURIComponent(req.query.user) + '/repos');
  // ok: js-ssrf
  const fixed = await fetch('https://status.example.com/health');
  res.json([reply.data, fixed.status]);
});

// Webhook delivery worker: the target URL was registered through the public API.
async function deliver(job) {
  // ruleid: js-ssrf
  await axios.post(job.data.callbackUrl, job.data.event);
  const target = new URL(job.data.callbackUrl);
  if (!ALLOWED_HOSTS.has(target.hostname)) return;
  // ok: js-ssrf
  await axios.post(target.toString(), job.data.event);
}
module.exports.deliver = deliver;
