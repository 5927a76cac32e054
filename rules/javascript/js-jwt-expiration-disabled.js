const jwt = require('jsonwebtoken');

function verifyLoose(token, key) {
  // ruleid: js-jwt-expiration-disabled
  return jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: true });
}

function verifyStrict(token, key) {
  // ok: js-jwt-expiration-disabled
  return jwt.verify(token, key, { algorithms: ['RS256'], ignoreExpiration: false, clockTolerance: 30 });
}
