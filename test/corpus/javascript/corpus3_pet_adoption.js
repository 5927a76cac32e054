// Express API of an animal shelter: adoptable pets, adoption applications, foster uploads.
const express = require('express');
const cookieParser = require('cookie-parser');
const mysql = require('mysql2/promise');
const path = require('path');
const fs = require('fs');
const { execFile, exec } = require('child_process');
const escapeHtml = require('escape-html');
const Application = require('./models/application');

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use(cookieParser());

const pool = mysql.createPool({ host: 'db.shelter.internal', user: 'shelter', password: process.env.DB_PASSWORD, database: 'shelter' });
const PHOTO_DIR = path.join(__dirname, 'photos');
const SORTABLE = ['name', 'age', 'arrived_at'];

app.get('/pets', async (req, res) => {
  const species = req.query.species || 'dog';
  const sort = req.query.sort;
  const orderBy = SORTABLE.includes(sort) ? sort : 'arrived_at';
  // ok: js-sql-injection
  const [rows] = await pool.query(`SELECT id, name, age FROM pets WHERE species = ? ORDER BY ${orderBy}`, [species]);
  res.json(rows);
});

app.get('/pets/search', async (req, res) => {
  // ruleid: js-sql-injection
  const [rows] = await pool.query("SELECT id, name FROM pets WHERE breed LIKE '%" + req.query.breed + "%'");
  res.json(rows);
});

app.get('/pets/:id/photo', (req, res) => {
  // ruleid: js-path-traversal
  fs.createReadStream(path.join(PHOTO_DIR, req.query.file)).pipe(res);
});

app.get('/pets/:id/thumb', (req, res) => {
  const id = parseInt(req.params.id, 10);
  if (Number.isNaN(id)) return res.sendStatus(400);
  // ok: js-path-traversal
  res.sendFile(path.join(PHOTO_DIR, `${id}-thumb.jpg`));
});

app.post('/applications', async (req, res) => {
  // ruleid: js-mass-assignment
  const application = await Application.create(req.body);
  const { name, email, petId, message } = req.body;
  // ok: js-mass-assignment
  await Application.create({ name, email, petId, message, status: 'pending' });
  res.status(201).json({ id: application.id });
});

app.post('/applications/:id/approve', async (req, res) => {
  const ref = req.body.reference;
  // ruleid: js-command-injection
  exec(`/opt/shelter/bin/contract.sh ${ref} ${req.params.id}`, (err) => {
    if (err) console.error('contract generation failed');
  });
  // ok: js-command-injection
  execFile('/opt/shelter/bin/notify.sh', [String(ref), req.params.id], () => {});
  res.sendStatus(202);
});

app.get('/thanks', (req, res) => {
  const name = req.query.name || 'friend';
  // ruleid: js-xss-response
  res.send(`<h1>Thank you, ${name}!</h1><p>We will be in touch.</p>`);
});

app.get('/thanks/safe', (req, res) => {
  // ok: js-xss-response
  res.send(`<h1>Thank you, ${escapeHtml(req.query.name || 'friend')}!</h1>`);
});

app.get('/back', (req, res) => {
  const to = req.query.to;
  if (typeof to === 'string' && to.startsWith('/') && !to.startsWith('//')) {
    // ok: js-open-redirect
    return res.redirect(to);
  }
  // ruleid: js-open-redirect
  res.redirect(req.query.fallback);
});

app.post('/volunteer/login', (req, res) => {
  const token = require('crypto').randomBytes(24).toString('hex');
  // ruleid: js-insecure-cookie
  res.cookie('volunteer_session', token);
  // ok: js-insecure-cookie
  res.cookie('volunteer_sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  // ruleid: js-log-injection
  console.log('volunteer login: ' + req.body.username);
  res.sendStatus(204);
});

app.listen(process.env.PORT || 3000);
