const express = require('express');
const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');

const app = express();
const client = ldap.createClient({ url: 'ldaps://ldap.example.com' });

app.post('/lookup', (req, res) => {
  const user = req.body.user;
  // ruleid: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: `(&(uid=${user})(objectClass=person))`, scope: 'sub' }, (err, r) => r.on('end', () => res.end()));
});

app.post('/group', (req, res) => {
  // ruleid: js-ldap-injection
  client.search('ou=' + req.body.ou + ',dc=example,dc=com', { scope: 'one' }, (err, r) => r.on('end', () => res.end()));
});

app.post('/lookup-safe', (req, res) => {
  const user = req.body.user;
  // ok: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: ldapEscape.filter`(&(uid=${user})(objectClass=person))`, scope: 'sub' }, (err, r) => r.on('end', () => res.end()));
  // ok: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: '(objectClass=person)' }, (err, r) => r.on('end', () => res.end()));
});
