import { Controller, Get, Query, Param } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Request, Response } from 'express';

const ALLOWED_TABLES = new Set(['invoices', 'payments']);

@Controller('invoices')
export class InvoiceController {
  constructor(private readonly dataSource: DataSource) {}

  @Get(':id')
  async find(@Param('id') id: string, @Query('q') search: string) {
    // ruleid: js-sql-injection
    const rows = await this.dataSource.query(`SELECT * FROM invoices WHERE id = ${id}`);
    // ok: js-sql-injection
    const safe = await this.dataSource.query('SELECT * FROM invoices WHERE title LIKE $1', [`%${search}%`]);
    return [rows, safe];
  }

  @Get('by-table/:table')
  async byTable(@Param('table') tableName: string) {
    if (!ALLOWED_TABLES.has(tableName)) {
      throw new Error('unknown table');
    }
    // ok: js-sql-injection
    return this.dataSource.query(`SELECT count(*) FROM ${tableName}`);
  }
}

export async function handler(req: Request, res: Response): Promise<void> {
  const amount = req.body.amount as string;
  const cents: number = Number(amount);
  // ok: js-sql-injection
  await knex.raw('UPDATE balances SET cents = ' + cents);
  // ruleid: js-sql-injection
  await knex.raw('UPDATE balances SET note = \'' + (req.body.note as string) + '\'');
  // ok: js-sql-injection
  await knex.raw('UPDATE balances SET note = ?', [req.body.note]);
  res.end();
}

declare const knex: { raw(sql: string, bindings?: unknown[]): Promise<unknown> };

// Next.js app router route handler
export async function GET(request: Request & { nextUrl: URL }) {
  const team = request.nextUrl.searchParams.get('team');
  // ruleid: js-sql-injection
  const rows = await knex.raw(`SELECT * FROM members WHERE team = '${team}'`);
  const body = await request.json();
  // ruleid: js-sql-injection
  await knex.raw('INSERT INTO audit (note) VALUES (\'' + body.note + '\')');
  // ok: js-sql-injection
  await knex.raw('INSERT INTO audit (note) VALUES (?)', [body.note]);
  return Response.json(rows);
}
