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
