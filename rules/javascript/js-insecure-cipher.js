const crypto = require('crypto');
const { createCipher } = require('crypto');

function encrypt(key, iv, text) {
  // ruleid: js-insecure-cipher
  const ecb = crypto.createCipheriv('aes-256-ecb', key, null);
  // ruleid: js-insecure-cipher
  const des = crypto.createCipheriv('des-cbc', key, iv);
  // ruleid: js-insecure-cipher
  const rc4 = crypto.createCipheriv('rc4', key, '');
  // ruleid: js-insecure-cipher
  const legacy = crypto.createCipher('aes-256-cbc', 'password');
  // ruleid: js-insecure-cipher
  const legacy2 = createCipher('aes192', key);
  // ruleid: js-insecure-cipher
  const dec = crypto.createDecipheriv('AES-128-ECB', key, null);
  // ok: js-insecure-cipher
  const gcm = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  // ok: js-insecure-cipher
  const cbc = crypto.createCipheriv('aes-256-cbc', key, iv);
  // ok: js-insecure-cipher
  const chacha = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
  // ok: js-insecure-cipher
  const note = 'never call crypto.createCipher(algo, password)';
  return [ecb, des, rc4, legacy, legacy2, dec, gcm, cbc, chacha, note, text];
}

// The functions imported by name: const { createCipheriv } = require('crypto')
function encryptNamed(createCipheriv, key, iv) {
  // ruleid: js-insecure-cipher
  const ecb = createCipheriv('aes-128-ecb', key, null);
  // ok: js-insecure-cipher
  const gcm = createCipheriv('aes-256-gcm', key, iv);
  return [ecb, gcm];
}

module.exports = { encrypt, encryptNamed };
