// Background worker: renders e-mail templates, evaluates pricing formulas, queries the directory.
// job.payload is the JSON body of the public POST /api/jobs endpoint, enqueued without validation,
// so every payload field is attacker-controlled here.
const ejs = require('ejs');
const Handlebars = require('handlebars');
const vm = require('vm');
const serialize = require('node-serialize');
const ldap = require('ldapjs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const queue = require('./queue');

const client = ldap.createClient({ url: process.env.LDAP_URL });
const TEMPLATES = { welcome: 'Hello <%= name %>!', reset: 'Reset link: <%= link %>' };

function escapeLdap(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

queue.on('render', (job) => {
  const body = job.payload.template;
  // ruleid: js-template-injection
  const html = ejs.render(body, { name: job.payload.name });
  const name = TEMPLATES[job.payload.kind] ? job.payload.kind : 'welcome';
  // ok: js-template-injection
  const safe = ejs.render(TEMPLATES[name], { name: job.payload.name, link: job.payload.link });
  // ruleid: js-template-injection
  const subject = Handlebars.compile(job.payload.subject)({});
  // ok: js-template-injection
  const footer = Handlebars.compile('Sent to {{email}}')({ email: job.payload.email });
  return { html, safe, subject, footer };
});

queue.on('price', (job) => {
  const formula = job.payload.formula;
  // ruleid: js-eval-injection
  const price = eval(formula);
  // ok: js-eval-injection
  const parsed = JSON.parse(job.payload.numbers);
  // ruleid: js-eval-injection
  const fn = new Function('base', 'return ' + job.payload.expr);
  // ruleid: js-vm-code-injection
  const viaVm = vm.runInNewContext(job.payload.expr, { base: 10 });
  // ok: js-vm-code-injection
  const constant = vm.runInNewContext('base * 2', { base: 10 });
  // ok: js-eval-injection
  setTimeout(() => queue.ack(job.id), 1000);
  return { price, parsed, fn, viaVm, constant };
});

queue.on('restore', (job) => {
  // ruleid: js-insecure-deserialization
  const state = serialize.unserialize(job.payload.blob);
  // ok: js-insecure-deserialization
  const plain = JSON.parse(job.payload.blob);
  return { state, plain };
});

queue.on('directory', (job) => {
  const uid = job.payload.uid;
  // ruleid: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: `(uid=${uid})`, scope: 'sub' }, () => {});
  // ok: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: `(uid=${escapeLdap(uid)})`, scope: 'sub' }, () => {});
});

queue.on('invoice-lookup', (job) => {
  const doc = new DOMParser().parseFromString(job.payload.xml, 'text/xml');
  // ruleid: js-xpath-injection
  const nodes = xpath.select(`//invoice[customer='${job.payload.customer}']/total`, doc);
  // ok: js-xpath-injection
  const all = xpath.select('//invoice/total', doc);
  return { nodes, all };
});
