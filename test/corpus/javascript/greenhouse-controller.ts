// NestJS controller of a greenhouse-automation hub: sensor logs, calibration scripts, weather feeds,
// controller firmware. Growers use it from the dashboard; controllers call /telemetry with a JWT.
import { BadRequestException, Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import axios from 'axios';
import { exec, execFile } from 'child_process';
import { createCipheriv, createHash, randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import https from 'https';
import jwt from 'jsonwebtoken';
import path from 'path';

const LOG_DIR = '/var/lib/greenhouse/logs';
const WEATHER_PROVIDERS: Record<string, string> = {
  metno: 'https://api.met.no/weatherapi/locationforecast/2.0/compact',
  owm: 'https://api.openweathermap.org/data/3.0/onecall',
};
const HUB_KEY = Buffer.from(process.env.HUB_EXPORT_KEY ?? '', 'hex');
const CONTROLLER_PUBKEY = process.env.CONTROLLER_JWT_PUBKEY ?? '';
// ruleid: js-tls-verification-disabled
const legacyAgent = new https.Agent({ rejectUnauthorized: false });

@Controller('greenhouse')
export class GreenhouseController {
  @Get('logs/:zone')
  async zoneLog(@Param('zone') zone: string, @Query('day') day: string, @Res() res: Response) {
    // ruleid: js-path-traversal
    const text = await fs.readFile(path.join(LOG_DIR, zone, `${day}.log`), 'utf8');
    res.type('text/plain').send(text);
  }

  @Get('logs-archive')
  async archived(@Query('file') file: string, @Res() res: Response) {
    // ok: js-path-traversal
    res.sendFile(path.basename(file), { root: path.join(LOG_DIR, 'archive') });
  }

  @Post('calibrate/:sensor')
  calibrate(@Param('sensor') sensor: string, @Body('offset') offset: string) {
    // ruleid: js-command-injection
    exec(`gh-calibrate --sensor ${sensor} --offset ${offset}`, (err) => err && console.error(err.message));
    if (!/^[a-z0-9-]{1,32}$/.test(sensor) || Number.isNaN(Number(offset))) throw new BadRequestException();
    // ok: js-command-injection
    execFile('gh-calibrate', ['--sensor', sensor, '--offset', String(Number(offset)), '--verify']);
    return { queued: true };
  }

  @Get('weather')
  async weather(@Query('provider') provider: string, @Query('lat') lat: string, @Query('lon') lon: string) {
    const base = WEATHER_PROVIDERS[provider];
    if (!base) throw new BadRequestException('unknown provider');
    // ok: js-ssrf
    const { data } = await axios.get(base, { params: { lat: Number(lat), lon: Number(lon) } });
    return data;
  }

  @Post('webhooks/test')
  async testWebhook(@Body() body: { url: string }) {
    // ruleid: js-ssrf
    const r = await axios.post(body.url, { event: 'test', at: Date.now() }, { httpsAgent: legacyAgent });
    return { status: r.status };
  }

  @Post('telemetry')
  ingest(@Headers('authorization') auth: string, @Body() reading: { zone: string; celsius: number }) {
    const token = (auth ?? '').replace(/^Bearer /, '');
    // ok: js-jwt-verification-bypass
    const claims = jwt.verify(token, CONTROLLER_PUBKEY, { algorithms: ['ES256'] }) as { sub: string };
    return { controller: claims.sub, zone: reading.zone };
  }

  @Post('telemetry/batch')
  ingestBatch(@Headers('authorization') auth: string, @Body() readings: Array<{ zone: string; celsius: number }>) {
    const token = (auth ?? '').replace(/^Bearer /, '');
    // ruleid: js-jwt-verification-bypass
    const claims = jwt.decode(token) as { sub: string } | null;
    if (!claims) throw new BadRequestException('missing token');
    return { controller: claims.sub, count: readings.length };
  }

  @Get('export')
  exportReadings(@Query('zone') zone: string) {
    const payload = Buffer.from(JSON.stringify({ zone, at: Date.now() }));
    // ruleid: js-insecure-cipher
    const legacy = createCipheriv('aes-128-ecb', HUB_KEY.subarray(0, 16), null);
    const iv = randomBytes(12);
    // ok: js-insecure-cipher, js-static-iv
    const gcm = createCipheriv('aes-256-gcm', HUB_KEY, iv);
    const sealed = Buffer.concat([gcm.update(payload), gcm.final(), gcm.getAuthTag()]);
    // ok: js-weak-password-hash
    const etag = createHash('md5').update(sealed).digest('hex');
    return { etag, iv: iv.toString('base64'), data: sealed.toString('base64'), legacy: Buffer.concat([legacy.update(payload), legacy.final()]).toString('base64') };
  }

  @Get('export/v1')
  exportV1(@Query('zone') zone: string) {
    // ruleid: js-static-iv
    const c = createCipheriv('aes-256-cbc', HUB_KEY, Buffer.alloc(16, 0));
    return Buffer.concat([c.update(zone, 'utf8'), c.final()]).toString('base64');
  }
}
