// Accounts service written in a class style, with a validation flag and a few helpers.
const { Router } = require('express');
const { execSync } = require('child_process');
const knex = require('./knex');

const ROLES = ['admin', 'member', 'viewer'];

class AccountsService {
  constructor(db) {
    this.db = db;
  }

  setFilter(req) {
    this.owner = req.query.owner;
  }

  async list() {
    // ruleid: js-sql-injection
    return this.db.query(`SELECT * FROM accounts WHERE owner = '${this.owner}'`);
  }

  async byRole(req) {
    const role = req.query.role;
    const valid = ROLES.includes(role);
    if (!valid) {
      throw new Error('role');
    }
    // ok: js-sql-injection
    return this.db.query("SELECT * FROM accounts WHERE role = '" + role + "'");
  }
}

const router = Router();

router.get('/accounts/export', (req, res) => {
  const format = req.query.format === 'csv' ? 'csv' : 'json';
  // ok: js-command-injection
  const out = execSync(`export-accounts --format ${format}`);
  res.send(out);
});

router.get('/accounts/search', async (req, res) => {
  const terms = req.query.q.split(' ');
  const clauses = terms.map((t) => `name LIKE '%${t}%'`);
  // ruleid: js-sql-injection
  const rows = await knex.raw('SELECT * FROM accounts WHERE ' + clauses.join(' OR '));
  res.json(rows);
});

router.get('/accounts/:id', async (req, res) => {
  const id = Number(req.params.id);
  if (Number.isNaN(id)) {
    return res.sendStatus(400);
  }
  // ok: js-sql-injection
  const rows = await knex.raw(`SELECT * FROM accounts WHERE id = ${id}`);
  res.json(rows);
});

module.exports = { router, AccountsService };
