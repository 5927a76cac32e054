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

// A directory-sync worker: the message was published by the HR webhook, so its fields are untrusted.
async function syncAccount(message) {
  const change = JSON.parse(message.value.toString());
  // ruleid: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: '(mail=' + change.email + ')', scope: 'sub' }, () => {});
  // ok: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: `(mail=${escapeFilter(change.email)})`, scope: 'sub' }, () => {});
  // ok: js-ldap-injection
  client.search('ou=people,dc=example,dc=com', { filter: `(employeeNumber=${Number(change.employeeId)})`, scope: 'sub' }, () => {});
}
function escapeFilter(v) { return String(v).replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0')); }
module.exports.syncAccount = syncAccount;
