// NestJS: decorated handler parameters are request data.
import { Controller, Get, Logger, Query } from '@nestjs/common';

@Controller('search')
export class SearchController {
  private readonly logger = new Logger(SearchController.name);

  @Get()
  search(@Query('q') q: string) {
    // ruleid: js-log-injection
    console.log('search for ' + q);
    // ok: js-log-injection
    console.log('search for ' + JSON.stringify(q));
    return [];
  }
}
