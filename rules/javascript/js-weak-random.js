function issueSession(res) {
  // ruleid: js-weak-random
  const sessionId = Math.random().toString(36).slice(2);
  res.cookie('sid', sessionId, { httpOnly: true, secure: true });
}

function makeOtp() {
  // ruleid: js-weak-random
  const otp = Math.floor(100000 + Math.random() * 900000).toString();
  return otp;
}

function generateToken(length) {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let token = '';
  for (let i = 0; i < length; i++) {
    // ruleid: js-weak-random
    token += chars.charAt(Math.floor(Math.random() * chars.length));
  }
  return token;
}

function generateResetToken() {
  // ruleid: js-weak-random
  return Math.random().toString(36).substring(2, 15) + Math.random().toString(36).substring(2, 15);
}

const user = {
  // ruleid: js-weak-random
  tempPassword: String(Math.random()).slice(2, 10),
};

function backoff(attempt) {
  // ok: js-weak-random
  const delay = 2 ** attempt * 100 + Math.random() * 100;
  return delay;
}

function shuffle(items) {
  // ok: js-weak-random
  return items.sort(() => Math.random() - 0.5);
}

function secureToken() {
  // ok: js-weak-random
  const token = require('crypto').randomBytes(32).toString('hex');
  return token;
}

// ok: js-weak-random
const tokenIndex = Math.floor(Math.random() * 10);

// ok: js-weak-random
const key = Math.random();

module.exports = { issueSession, makeOtp, generateToken, generateResetToken, user, backoff, shuffle, secureToken, tokenIndex, key };

function dayPass() {
  // ruleid: js-weak-random
  const passCode = Math.random().toString(36).slice(2, 10);
  // ruleid: js-weak-random
  const doorPin = String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
  // ruleid: js-weak-random
  const voucherCode = Math.random().toString(36).slice(2);
  // ok: js-weak-random
  const spin = Math.random() * 360;
  // ok: js-weak-random
  const pinnedIndex = Math.floor(Math.random() * 10);
  return { passCode, doorPin, voucherCode, spin, pinnedIndex };
}
