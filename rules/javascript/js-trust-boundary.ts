// NestJS: @Session() hands the handler the session object.
import { Body, Controller, Post, Session } from '@nestjs/common';

const WALLS = ['north', 'cave', 'slab'];

@Controller('prefs')
export class PrefsController {
  @Post()
  save(@Body() body: { nickname: string; wall: string }, @Session() session: Record<string, unknown>) {
    // ruleid: js-trust-boundary
    session.nickname = body.nickname;
    // ok: js-trust-boundary
    session.wall = WALLS.includes(body.wall) ? body.wall : 'north';
    const sizes = ['s', 'm', 'l'];
    if (sizes.includes(body.wall)) {
      // ok: js-trust-boundary
      session.size = body.wall;
    }
    const profile: Record<string, unknown> = {};
    // ok: js-trust-boundary
    profile.nickname = body.nickname;
    return { ok: true };
  }
}
