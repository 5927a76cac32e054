const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const _ = require('lodash');

const app = express();
const GREETING = '<h1>Hello <%= name %></h1>';

app.get('/greet', (req, res) => {
  // ruleid: js-template-injection
  res.send(ejs.render('<h1>Hello ' + req.query.name + '</h1>'));
});

app.post('/preview', (req, res) => {
  const source = req.body.template;
  // ruleid: js-template-injection
  const fn = pug.compile(source);
  // ruleid: js-template-injection
  const hb = Handlebars.compile(`<p>${req.body.footer}</p>`);
  // ruleid: js-template-injection
  const lo = _.template(req.body.subject);
  res.json([fn({}), hb({}), lo({})]);
});

app.get('/greet-safe', (req, res) => {
  // ok: js-template-injection
  const html = ejs.render(GREETING, { name: req.query.name });
  // ok: js-template-injection
  const fn = pug.compile('p Hello #{name}');
  res.send(html + fn({ name: req.query.name }));
});

// --- Queue workers: a job's payload was enqueued from outside (an API call, a webhook), so its
// fields are as untrusted as the request that produced them.
const Queue = require('bull');
const nunjucks = require('nunjucks');
const mailQueue = new Queue('mail');
const LAYOUTS = { plain: '<p>{{ body }}</p>', boxed: '<div class="box">{{ body }}</div>' };

mailQueue.process(async (job) => {
  const { layout, subjectTemplate, body } = job.data;
  // ruleid: js-template-injection
  const subject = nunjucks.renderString(subjectTemplate, { user: job.data.user });
  // ok: js-template-injection
  const html = nunjucks.renderString(LAYOUTS[layout] ? LAYOUTS.plain : LAYOUTS.boxed, { body });
  return { subject, html };
});

async function onMessage(channel, msg) {
  const event = JSON.parse(msg.content.toString());
  // ruleid: js-template-injection
  const render = _.template(event.banner);
  // ok: js-template-injection
  const greet = _.template('Hello <%- name %>')({ name: event.name });
  channel.ack(msg);
  return [render({}), greet];
}

// --- An uploaded file IS attacker-written text: compiling it as a template runs its code.
const fs = require('fs');
app.post('/themes', (req, res) => {
  // ruleid: js-template-injection
  const compiled = Handlebars.compile(fs.readFileSync(req.file.path, 'utf8'));
  // ok: js-template-injection
  const page = Handlebars.compile(fs.readFileSync('views/theme-preview.hbs', 'utf8'));
  res.send(page({ preview: compiled({}) }));
});

// A template picked from a fixed table by the job's value is not the job's text.
const DIGESTS = { daily: 'Today: <%= count %> new', weekly: 'This week: <%= count %> new' };
mailQueue.process('digest', async (job) => {
  // ok: js-template-injection
  return ejs.render(DIGESTS[job.data.period] || DIGESTS.daily, { count: Number(job.data.count) });
});
// A configured engine instance (nunjucks Environment, Eta) renders template text the same way.
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'));
app.post('/card', (req, res) => {
  // ruleid: js-template-injection
  const card = env.renderString(req.body.card, { user: req.body.user });
  // ok: js-template-injection
  const text = env.renderString('<p>{{ text }}</p>', { text: req.body.card });
  // ok: js-template-injection
  const page = env.render('card.njk', { card: req.body.card });
  res.send(card + text + page);
});
module.exports = { onMessage };
