import * as crypto from 'crypto';

export function encrypt(key: Buffer, text: string): Buffer {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.from('0123456789abcdef'));
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

export function encryptZero(key: Buffer, text: string): Buffer {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-ctr', key, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

export function encryptLiteral(key: Buffer, text: string): Buffer {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-128-cbc', key, 'abcdefghijklmnop');
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

export function encryptSafe(key: Buffer, text: string): Buffer {
  const iv = crypto.randomBytes(12);
  // ok: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  return Buffer.concat([iv, cipher.update(text), cipher.final(), cipher.getAuthTag()]);
}

export function decrypt(key: Buffer, data: Buffer): Buffer {
  // ok: js-static-iv
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, Buffer.from('0123456789abcdef'));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]);
}

export function encryptFromHex(key: Buffer, ivHex: string, text: string): Buffer {
  // ok: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.from(ivHex, 'hex'));
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

// --- The constant is often one step away: a module-level IV, or a local that is never randomised.
const FIXED_IV = Buffer.from('a1b2c3d4e5f60718');
const ZERO_NONCE = Buffer.alloc(12);
const COUNTER_START: Buffer = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);

export function sealToken(key: Buffer, token: string): Buffer {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, FIXED_IV);
  return Buffer.concat([cipher.update(token), cipher.final()]);
}

export function sealShort(key: Buffer, token: string): Buffer {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), ZERO_NONCE.subarray(0, 12));
  return Buffer.concat([cipher.update(token), cipher.final(), cipher.getAuthTag()]);
}

export function sealStream(key: Buffer, data: Buffer): Buffer {
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-ctr', key, COUNTER_START);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

export function sealLocal(key: Buffer, data: Buffer): Buffer {
  const iv = Buffer.alloc(16, 7);
  // ruleid: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

// A buffer allocated and then filled with random bytes is a fresh IV.
export function sealFilled(key: Buffer, data: Buffer): Buffer {
  const iv = Buffer.alloc(16);
  crypto.randomFillSync(iv);
  // ok: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(data), cipher.final()]);
}

// A local of the same name shadows the module-level constant.
export function sealShadowed(key: Buffer, data: Buffer): Buffer {
  const FIXED_IV = crypto.randomBytes(16);
  // ok: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, FIXED_IV);
  return Buffer.concat([FIXED_IV, cipher.update(data), cipher.final()]);
}

// An IV passed in by the caller (read from the message header) is not a constant here.
export function sealWith(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  // ok: js-static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

// Decrypting legacy data with its historical IV is not a new weakness.
export function openLegacy(key: Buffer, data: Buffer): Buffer {
  // ok: js-static-iv
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, FIXED_IV);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

// The function imported by name: import { createCipheriv, randomBytes } from 'crypto'
declare function createCipheriv(algorithm: string, key: Buffer, iv: Buffer | string | null): crypto.Cipher;
declare function randomBytes(size: number): Buffer;

export function encryptNamedImport(key: Buffer, text: string): Buffer {
  // ruleid: js-static-iv
  const cipher = createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(text), cipher.final()]);
}

export function encryptNamedImportRandom(key: Buffer, text: string): Buffer {
  // ok: js-static-iv
  const cipher = createCipheriv('aes-256-cbc', key, randomBytes(16));
  return Buffer.concat([cipher.update(text), cipher.final()]);
}
