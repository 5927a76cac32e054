const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const doc = new DOMParser().parseFromString(require('fs').readFileSync('users.xml', 'utf8'), 'text/xml');

app.post('/login', (req, res) => {
  const { name, pass } = req.body;
  // ruleid: js-xpath-injection
  const nodes = xpath.select(`//user[name='${name}' and pass='${pass}']`, doc);
  res.json({ ok: nodes.length > 0 });
});

app.get('/user', (req, res) => {
  // ruleid: js-xpath-injection
  const node = xpath.select1("//user[@id='" + req.query.id + "']", doc);
  res.json({ found: Boolean(node) });
});

app.get('/user-safe', (req, res) => {
  // ok: js-xpath-injection
  const node = xpath.select1("//user[@id='" + Number(req.query.id) + "']", doc);
  // ok: js-xpath-injection
  const all = xpath.select('//user', doc).filter((u) => u.getAttribute('name') === req.query.name);
  res.json({ found: Boolean(node), all: all.length });
});

app.get('/libxml', async (req, res) => {
  // ruleid: js-xpath-injection
  const user = xmlDoc.get(`//user[@name='${req.query.name}']`);
  // An HTTP client's get is not XPath.
  // ok: js-xpath-injection
  const remote = await axios.get(`https://directory.example/users/${req.query.name}`);
  res.json({ user: Boolean(user), remote: remote.status });
});

// A billing worker: job.data came from the public import endpoint.
async function matchInvoice(job) {
  const { customer, xml } = job.data;
  const invoices = new DOMParser().parseFromString(xml, 'text/xml');
  // ruleid: js-xpath-injection
  const mine = xpath.select(`//invoice[customer="${customer}"]`, invoices);
  // ok: js-xpath-injection
  const open = xpath.select('//invoice[@status="open"]', invoices);
  // ok: js-xpath-injection
  const numbered = xpath.select(`//invoice[@number=${parseInt(job.data.number, 10)}]`, invoices);
  return { mine, open, numbered };
}
module.exports.matchInvoice = matchInvoice;
