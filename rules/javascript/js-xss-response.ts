import type { Request, Response } from 'express';
import escapeHtml from 'escape-html';

export function renderGreeting(req: Request, res: Response): void {
  // ruleid: js-xss-response
  res.send(`<h1>Hello ${req.query.name}</h1>`);
}

export function renderGreetingSafe(req: Request, res: Response): void {
  // ok: js-xss-response
  res.send(`<h1>Hello ${escapeHtml(String(req.query.name))}</h1>`);
}
