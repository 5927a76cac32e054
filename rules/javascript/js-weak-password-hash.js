const crypto = require('crypto');

function register(req, db) {
  // ruleid: js-weak-password-hash
  const digest = crypto.createHash('md5').update(req.body.password).digest('hex');
  return db.saveUser(req.body.name, digest);
}

function storeResetToken(token) {
  // ruleid: js-weak-password-hash
  return crypto.createHash('sha1').update(token).digest('base64');
}

function legacyLogin(user, pwd) {
  // ruleid: js-weak-password-hash
  const passwordHash = crypto.createHash('MD5').update(user.salt + pwd).digest('hex');
  return passwordHash === user.hash;
}

function signatureOf(body) {
  // ruleid: js-weak-password-hash
  const signature = crypto.createHash('sha1').update(body).digest('hex');
  return signature;
}

function etag(body) {
  // ok: js-weak-password-hash
  return crypto.createHash('md5').update(body).digest('hex');
}

function fileChecksum(buffer) {
  // ok: js-weak-password-hash
  const checksum = crypto.createHash('sha1').update(buffer).digest('hex');
  return checksum;
}

function strongPasswordHash(password) {
  // ok: js-weak-password-hash
  return crypto.createHash('sha256').update(password).digest('hex');
}

function bypassCache(key) {
  // ok: js-weak-password-hash
  return crypto.createHash('md5').update(key).digest('hex');
}

// ok: js-weak-password-hash
const doc = "crypto.createHash('md5').update(password) is what we used to do";

module.exports = { register, storeResetToken, legacyLogin, signatureOf, etag, fileChecksum, strongPasswordHash, bypassCache, doc };

// PINs and passcodes are short secrets: a fast hash of one is reversed by trying them all.
function storePin(account, pin, answers) {
  // ruleid: js-weak-password-hash
  account.pinHash = crypto.createHash('sha1').update(pin).digest('hex');
  // ruleid: js-weak-password-hash
  account.cardPinHash = crypto.createHash('md5').update(String(account.cardPin)).digest('hex');
  // ruleid: js-weak-password-hash
  account.recovery = crypto.createHash('md5').update(answers.securityAnswer.toLowerCase()).digest('hex');
}

function cacheKeys(spinner, opinion, pinned) {
  // ok: js-weak-password-hash
  const a = crypto.createHash('md5').update(spinner.label).digest('hex');
  // ok: js-weak-password-hash
  const b = crypto.createHash('md5').update(opinion.text + pinned.id).digest('hex');
  return a + b;
}
module.exports.more = { storePin, cacheKeys };
