// Staff directory + document search routes (Express): LDAP lookup, XPath over an XML catalogue,
// a user-customisable greeting template, and XML import.
const express = require('express');
const ldap = require('ldapjs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const pug = require('pug');
const fs = require('fs');

const router = express.Router();
const client = ldap.createClient({ url: process.env.LDAP_URL });
const catalogue = new DOMParser().parseFromString(fs.readFileSync(__dirname + '/catalogue.xml', 'utf8'), 'text/xml');
const greeting = pug.compile('p Hello #{name}');

function ldapEscape(value) {
  return String(value).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

router.get('/people', (req, res) => {
  const name = req.query.name;
  // ruleid: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: '(cn=' + name + ')', scope: 'sub' }, (err, result) => res.json({ err, result }));
});

router.get('/people/safe', (req, res) => {
  // ok: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: '(cn=' + ldapEscape(req.query.name) + ')', scope: 'sub' }, (err, result) => res.json({ err, result }));
});

router.get('/books', (req, res) => {
  const author = req.query.author;
  // ruleid: js-xpath-injection
  const nodes = xpath.select("//book[author='" + author + "']/title", catalogue);
  res.json(nodes.map((n) => n.textContent));
});

router.get('/books/by-year', (req, res) => {
  const year = Number.parseInt(req.query.year, 10) || 2000;
  // ok: js-xpath-injection
  const nodes = xpath.select(`//book[year=${year}]/title`, catalogue);
  res.json(nodes.map((n) => n.textContent));
});

router.post('/greeting/preview', (req, res) => {
  // ruleid: js-template-injection
  const html = pug.render(req.body.template, { name: req.user.name });
  res.type('html').send(html);
});

router.get('/greeting', (req, res) => {
  // ok: js-template-injection
  const html = greeting({ name: req.query.name });
  res.type('html').send(html);
});

module.exports = router;
