const express = require('express');
const logger = require('./logger');

const app = express();

app.post('/login', (req, res) => {
  // ruleid: js-log-injection
  logger.warn(`login failed for ${req.body.username}`);
  // ruleid: js-log-injection
  console.log('search: ' + req.query.q);
  // ok: js-log-injection
  logger.warn(`login failed for ${req.body.username.replace(/[\r\n]/g, '')}`);
  // ok: js-log-injection
  logger.info({ user: req.body.username }, 'login failed');
  // ok: js-log-injection
  console.log(`search: ${JSON.stringify(req.query.q)}`);
  // ruleid: js-log-injection
  audit.info(`password reset requested for ${req.body.username}`);
  // ok: js-log-injection
  audit.info('password reset requested', { user: req.body.username });
  res.sendStatus(401);
});
