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
