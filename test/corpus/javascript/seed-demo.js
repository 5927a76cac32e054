// `npm run seed`: fills a local development database with demo accounts, and builds the
// config the API server reads at start-up.
const bcrypt = require('bcryptjs');
const { createPool } = require('./db');

const config = {
  port: Number(process.env.PORT) || 3000,
  // ruleid: js-hardcoded-credentials
  jwtSecret: process.env.JWT_SECRET || 'dev-secret-please-change-8f2a',
  // ok: js-hardcoded-credentials
  jwtIssuer: 'https://auth.example.com',
  // ok: js-hardcoded-credentials
  sessionSecret: process.env.SESSION_SECRET,
};

// Demo accounts exist only in the throw-away database created by `docker compose up`; their
// passwords are printed on the login page of the demo build.
const DEMO_USERS = [
  // ok: js-hardcoded-credentials
  { email: 'alice@demo.test', password: 'demo' },
  // ok: js-hardcoded-credentials
  { email: 'bob@demo.test', password: 'demo' },
];

async function seed() {
  if (process.env.NODE_ENV === 'production') throw new Error('refusing to seed production');
  const pool = createPool({
    host: process.env.DB_HOST || 'localhost',
    user: 'root',
    // ruleid: js-hardcoded-credentials
    password: 'r00t-Mysql-2023!',
  });
  for (const u of DEMO_USERS) {
    const hash = await bcrypt.hash(u.password, 12);
    // ok: js-sql-injection
    await pool.query('INSERT INTO users (email, password_hash) VALUES (?, ?)', [u.email, hash]);
  }
}

module.exports = { config, seed };
