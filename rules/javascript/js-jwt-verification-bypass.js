const jwt = require('jsonwebtoken');

function authenticate(req, res, next) {
  const token = req.headers.authorization.replace('Bearer ', '');
  // ruleid: js-jwt-verification-bypass
  const user = jwt.decode(token);
  if (!user) return res.sendStatus(401);
  // ruleid: js-jwt-verification-bypass
  req.user = jwt.decode(token);
  next();
}

function verifyLoose(token, key) {
  // ruleid: js-jwt-verification-bypass
  return jwt.verify(token, key, { algorithms: ['HS256', 'none'] });
}

function issueUnsigned(payload) {
  // ruleid: js-jwt-verification-bypass
  return jwt.sign(payload, '', { algorithm: 'none' });
}

function verifyStrict(token, publicKey) {
  // ok: js-jwt-verification-bypass
  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
  return claims;
}

function keyIdOf(token) {
  // ok: js-jwt-verification-bypass
  const header = jwt.decode(token, { complete: true }).header;
  return header.kid;
}

async function sessionOf(token) {
  // ruleid: js-jwt-verification-bypass
  const session = await jwt.decode(token);
  // ruleid: js-jwt-verification-bypass
  const account = (jwt.decode(token));
  return { session, account };
}

function peekExpiry(token) {
  // ok: js-jwt-verification-bypass
  const decoded = jwt.decode(token);
  return decoded && decoded.exp;
}

// ok: js-jwt-verification-bypass
const renderOptions = { mode: 'none' };

module.exports = { authenticate, sessionOf, verifyLoose, issueUnsigned, verifyStrict, keyIdOf, peekExpiry, renderOptions };

// A helper that hands back the decoded token as the caller's identity.
function currentMember(req) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // ruleid: js-jwt-verification-bypass
  return jwt.decode(token);
}

// Reading the header to pick a key, before verifying with it, is not trusting the token.
function keyIdOf(token) {
  // ok: js-jwt-verification-bypass
  return jwt.decode(token, { complete: true }).header.kid;
}
