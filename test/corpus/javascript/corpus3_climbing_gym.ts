// NestJS controller of a climbing gym: member accounts, day passes, belay certification lookups.
import { Body, Controller, Get, Headers, Post, Query, Session, UnauthorizedException } from '@nestjs/common';
import * as crypto from 'crypto';
import * as jwt from 'jsonwebtoken';
import * as bcrypt from 'bcrypt';
import * as ldap from 'ldapjs';
import { escapeFilterValue } from './ldap-escape';

// ruleid: js-hardcoded-credentials
const PASS_SIGNING_SECRET = 'cl1mb-h4rd-2023-secret-key';
// ok: js-hardcoded-credentials
const JWT_PUBLIC_KEY = process.env.GYM_JWT_PUBLIC_KEY ?? '';
const PASS_KEY = Buffer.from(process.env.PASS_KEY_HEX ?? '', 'hex');
const FIXED_IV = Buffer.alloc(16, 0);
const directory = ldap.createClient({ url: 'ldaps://ldap.cruxgym.example' });

@Controller('members')
export class MembersController {
  @Post('register')
  async register(@Body() body: { email: string; password: string }) {
    // ruleid: js-weak-password-hash
    const legacy = crypto.createHash('md5').update(body.password).digest('hex');
    // ok: js-weak-password-hash
    const hash = await bcrypt.hash(body.password, 12);
    return { email: body.email, hash, legacy };
  }

  @Get('me')
  me(@Headers('authorization') auth: string) {
    const token = (auth || '').replace(/^Bearer /, '');
    // ruleid: js-jwt-verification-bypass
    const claims = jwt.decode(token) as jwt.JwtPayload | null;
    if (!claims?.sub) throw new UnauthorizedException();
    return { memberId: claims.sub, roles: claims.roles };
  }

  @Get('me/v2')
  meVerified(@Headers('authorization') auth: string) {
    const token = (auth || '').replace(/^Bearer /, '');
    // ok: js-jwt-verification-bypass
    const verified = jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ['RS256'] }) as jwt.JwtPayload;
    return { memberId: verified.sub, roles: verified.roles };
  }

  @Get('legacy-me')
  legacyMe(@Headers('authorization') auth: string) {
    // ruleid: js-jwt-expiration-disabled
    return jwt.verify(auth, PASS_SIGNING_SECRET, { algorithms: ['HS256'], ignoreExpiration: true });
  }

  @Post('day-pass')
  dayPass(@Body() body: { memberId: string }) {
    // ruleid: js-weak-random
    const passCode = Math.random().toString(36).slice(2, 10).toUpperCase();
    // ok: js-weak-random
    const wallIndex = Math.floor(Math.random() * 12);
    // ruleid: js-static-iv
    const cipher = crypto.createCipheriv('aes-256-cbc', PASS_KEY, FIXED_IV);
    const sealed = Buffer.concat([cipher.update(`${body.memberId}:${passCode}`), cipher.final()]).toString('base64');
    return { passCode, sealed, suggestedWall: wallIndex };
  }

  @Post('day-pass/v2')
  dayPassV2(@Body() body: { memberId: string }) {
    const passCode = crypto.randomBytes(6).toString('hex');
    const iv = crypto.randomBytes(12);
    // ok: js-static-iv, js-insecure-cipher
    const cipher = crypto.createCipheriv('aes-256-gcm', PASS_KEY, iv);
    const sealed = Buffer.concat([cipher.update(`${body.memberId}:${passCode}`), cipher.final()]);
    return { passCode, sealed: sealed.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
  }

  @Get('locker-code')
  lockerCode(@Query('locker') locker: string) {
    // ruleid: js-insecure-cipher
    const cipher = crypto.createCipheriv('des-ede3-ecb', PASS_KEY.subarray(0, 24), null);
    return Buffer.concat([cipher.update(locker), cipher.final()]).toString('hex');
  }

  @Get('belayers')
  belayers(@Query('name') name: string, @Query('level') level: string) {
    const results: string[] = [];
    // ruleid: js-ldap-injection
    directory.search('ou=members,dc=cruxgym,dc=example', { filter: `(&(cn=${name})(belayCert=TRUE))`, scope: 'sub' }, () => {});
    // ok: js-ldap-injection
    directory.search('ou=members,dc=cruxgym,dc=example', { filter: `(belayLevel=${escapeFilterValue(level)})`, scope: 'sub' }, () => {});
    return results;
  }

  @Post('prefs')
  prefs(@Body() body: { homeWall: string; nickname: string }, @Session() session: Record<string, unknown>) {
    // ruleid: js-trust-boundary
    session.nickname = body.nickname;
    const walls = ['north', 'cave', 'slab'];
    if (walls.includes(body.homeWall)) {
      // ok: js-trust-boundary
      session.homeWall = body.homeWall;
    }
    return { ok: true };
  }
}
