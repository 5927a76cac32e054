import jwt from 'jsonwebtoken';

interface Claims { sub: string; role: string }

export function claimsOf(token: string): Claims | null {
  // ruleid: js-jwt-verification-bypass
  const claims = jwt.decode(token) as Claims | null;
  return claims;
}

export function userOf(token: string): Claims {
  // ruleid: js-jwt-verification-bypass
  const user = jwt.decode(token)!;
  return user as Claims;
}

export function verified(token: string, publicKey: string): Claims {
  // ok: js-jwt-verification-bypass
  const claims = jwt.verify(token, publicKey, { algorithms: ['ES256'] }) as Claims;
  return claims;
}

export function headerOf(token: string): string | undefined {
  // ok: js-jwt-verification-bypass
  const header = jwt.decode(token, { complete: true }) as { header: { kid?: string } } | null;
  return header?.header.kid;
}
