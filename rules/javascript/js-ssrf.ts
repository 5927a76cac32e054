// NestJS: decorated handler parameters are request data.
import axios from 'axios';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';

const FEEDS: Record<string, string> = { news: 'https://feeds.example.com/news.xml' };

@Controller('hooks')
export class HooksController {
  @Post('test')
  async test(@Body() body: { url: string }) {
    // ruleid: js-ssrf
    const r = await axios.post(body.url, { event: 'test' });
    return r.status;
  }

  @Get('feed')
  async feed(@Query('name') name: string) {
    const url = FEEDS[name];
    if (!url) return null;
    // ok: js-ssrf
    return (await axios.get(url)).data;
  }
}
