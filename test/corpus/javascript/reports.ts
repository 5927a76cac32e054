import type { Request, Response } from 'express';
import { Pool } from 'pg';

const pg = new Pool();
const SORTABLE = new Set(['created_at', 'total']);

interface Filter { owner: string; region: string }

function buildFilter(req: Request): Filter {
  return { owner: req.query.owner as string, region: 'eu' };
}

export async function listReports(req: Request, res: Response): Promise<void> {
  const filter = buildFilter(req);
  // ruleid: js-sql-injection
  const owned = await pg.query(`SELECT * FROM reports WHERE owner = '${filter.owner}'`);
  // ok: js-sql-injection
  const regional = await pg.query('SELECT * FROM reports WHERE region = $1', [filter.region]);
  const sort = String(req.query.sort);
  if (!SORTABLE.has(sort)) {
    res.status(400).end();
    return;
  }
  // ok: js-sql-injection
  const sorted = await pg.query('SELECT * FROM reports ORDER BY ' + sort);
  const year = Number(req.query.year);
  // ok: js-sql-injection
  const yearly = await pg.query('SELECT * FROM reports WHERE year = ' + year);
  const title = req.body?.title ?? 'untitled';
  // ruleid: js-sql-injection
  await pg.query("INSERT INTO reports (title) VALUES ('" + title + "')");
  res.json({ owned, regional, sorted, yearly });
}
