// Field-level encryption helpers and identifiers used by the billing service.
import crypto from 'crypto';

const KEY = Buffer.from(process.env.FIELD_KEY_HEX ?? '', 'hex');
const LEGACY_IV = Buffer.from('0123456789abcdef');

export function encryptLegacy(plain: string): string {
  // ruleid: js-insecure-cipher, js-static-iv
  const cipher = crypto.createCipheriv('des-ede3-cbc', KEY.subarray(0, 24), LEGACY_IV.subarray(0, 8));
  return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

export function encryptCardRef(plain: string): string {
  // ruleid: js-insecure-cipher
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null);
  return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

export function encryptWithFixedIv(plain: string): string {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, Buffer.alloc(16, 0));
  return cipher.update(plain, 'utf8', 'hex') + cipher.final('hex');
}

export function encrypt(plain: string): string {
  const iv = crypto.randomBytes(12);
  // ok: js-insecure-cipher, js-static-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join('.');
}

export function fileChecksum(data: Buffer): string {
  // ok: js-weak-password-hash
  return crypto.createHash('md5').update(data).digest('hex');
}

// Card PINs are 4-6 digits: a fast unsalted hash is reversed by trying all of them.
export function pinDigest(pin: string): string {
  // ruleid: js-weak-password-hash
  return crypto.createHash('sha1').update(pin).digest('hex');
}

export function hashPassword(password: string, salt: Buffer): Buffer {
  // ok: js-weak-password-hash
  return crypto.scryptSync(password, salt, 64);
}

export function newSessionId(): string {
  // ruleid: js-weak-random
  const sessionId = Date.now().toString(36) + Math.random().toString(36).slice(2);
  return sessionId;
}

export function sampleForMetrics(rate: number): boolean {
  // ok: js-weak-random
  const sampled = Math.random() < rate;
  return sampled;
}

export function newApiKey(): string {
  // ok: js-weak-random
  const apiKey = crypto.randomUUID();
  return apiKey;
}
