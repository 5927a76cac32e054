// Biobank sample registry: NestJS controller with mongoose models and a little crypto for courier labels.
import { Body, Controller, Get, Param, Post, Put, Query, Req, Res, Session } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import * as crypto from 'crypto';
import * as bcrypt from 'bcrypt';
import { Request, Response } from 'express';

interface Sample {
  barcode: string;
  donorRef: string;
  freezer: string;
  status: string;
  custodian?: string;
}

const LABEL_KEY = crypto.scryptSync(process.env.LABEL_PASSPHRASE || '', 'biobank-labels', 32);
const LABEL_IV = Buffer.from('0000111122223333');

function pickSampleFields(body: any): Partial<Sample> {
  const out: Partial<Sample> = {};
  if (typeof body.freezer === 'string') out.freezer = body.freezer;
  if (typeof body.status === 'string' && ['stored', 'shipped', 'consumed'].includes(body.status)) {
    out.status = body.status;
  }
  return out;
}

@Controller('samples')
export class SamplesController {
  constructor(
    @InjectModel('Sample') private readonly samples: Model<Sample>,
    @InjectModel('Technician') private readonly techs: Model<any>,
  ) {}

  @Get('search')
  async search(@Query('donor') donor: any) {
    // ruleid: js-nosql-injection
    return this.samples.find({ donorRef: donor }).limit(50);
  }

  @Get('by-freezer')
  async byFreezer(@Query('freezer') freezer: string) {
    // ok: js-nosql-injection
    return this.samples.find({ freezer: String(freezer) }).limit(50);
  }

  @Get('custom')
  async custom(@Query('expr') expr: string) {
    // ruleid: js-nosql-injection
    return this.samples.find({ $where: 'this.freezer.startsWith("' + expr + '")' });
  }

  @Put(':barcode')
  async update(@Param('barcode') barcode: string, @Body() body: any) {
    // ruleid: js-mass-assignment
    return this.samples.findOneAndUpdate({ barcode: String(barcode) }, body, { new: true });
  }

  @Put(':barcode/status')
  async updateStatus(@Param('barcode') barcode: string, @Body() body: any) {
    const changes = pickSampleFields(body);
    // ok: js-mass-assignment
    return this.samples.findOneAndUpdate({ barcode: String(barcode) }, changes, { new: true });
  }

  @Post('technicians')
  async addTechnician(@Body() body: any) {
    // ok: js-weak-password-hash
    const hash = await bcrypt.hash(body.password, 12);
    // ok: js-mass-assignment
    return this.techs.create({ name: String(body.name), passwordHash: hash });
  }

  @Post('technicians/legacy')
  async addLegacyTechnician(@Body() body: any) {
    // ruleid: js-weak-password-hash
    const digest = crypto.createHash('md5').update(body.password).digest('hex');
    return this.techs.create({ name: String(body.name), passwordHash: digest });
  }

  @Get(':barcode/checksum')
  async checksum(@Param('barcode') barcode: string) {
    // ok: js-weak-password-hash
    const etag = crypto.createHash('sha1').update(barcode).digest('hex');
    return { barcode, etag };
  }

  @Post(':barcode/label')
  async label(@Param('barcode') barcode: string) {
    // ruleid: js-insecure-cipher
    const cipher = crypto.createCipheriv('aes-256-ecb', LABEL_KEY, null);
    const sealed = Buffer.concat([cipher.update(barcode, 'utf8'), cipher.final()]);
    const iv = crypto.randomBytes(16);
    // ok: js-insecure-cipher, js-static-iv
    const gcm = crypto.createCipheriv('aes-256-gcm', LABEL_KEY, iv);
    const courier = Buffer.concat([gcm.update(barcode, 'utf8'), gcm.final()]);
    // ruleid: js-static-iv
    const legacy = crypto.createCipheriv('aes-256-cbc', LABEL_KEY, LABEL_IV);
    const old = Buffer.concat([legacy.update(barcode, 'utf8'), legacy.final()]);
    return { sealed: sealed.toString('hex'), courier: courier.toString('hex'), old: old.toString('hex') };
  }

  @Post('custody')
  async takeCustody(@Req() req: Request, @Session() session: Record<string, any>, @Res() res: Response) {
    // ruleid: js-trust-boundary
    session.custodian = req.body.custodian;
    const labId = Number(req.body.labId);
    // ok: js-trust-boundary
    session.labId = Number.isInteger(labId) ? labId : 0;
    // ruleid: js-insecure-cookie
    res.cookie('biobank_sid', crypto.randomBytes(24).toString('hex'), { httpOnly: false });
    // ok: js-insecure-cookie
    res.cookie('biobank_sid2', crypto.randomBytes(24).toString('hex'), { httpOnly: true, secure: true, sameSite: 'strict' });
    res.json({ ok: true });
  }
}
