// Veterinary clinic booking API (Express + pg + Sequelize): slots, bookings, pet records, owner portal.
const express = require('express');
const cors = require('cors');
const crypto = require('crypto');
const { Pool } = require('pg');
const { Pet, Owner } = require('./models');
const audit = require('./audit-log');

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const PORTAL_ORIGINS = ['https://portal.pawsclinic.example', 'https://staff.pawsclinic.example'];
const SPECIES = new Set(['dog', 'cat', 'rabbit', 'bird']);
const ORDERINGS = { soonest: 'starts_at ASC', latest: 'starts_at DESC', vet: 'vet_name ASC' };

// ok: js-cors-credentials-any-origin
router.use(cors({ origin: PORTAL_ORIGINS, credentials: true }));

router.get('/slots', async (req, res) => {
  const order = ORDERINGS[req.query.order] || ORDERINGS.soonest;
  // ok: js-sql-injection
  const { rows } = await pool.query(`SELECT id, vet_name, starts_at FROM slots WHERE clinic_id = $1 AND free ORDER BY ${order}`, [req.query.clinic]);
  res.json(rows);
});

router.get('/slots/by-vet', async (req, res) => {
  // ruleid: js-sql-injection
  const { rows } = await pool.query(`SELECT id, starts_at FROM slots WHERE vet_name = '${req.query.vet}' AND free`);
  res.json(rows);
});

router.get('/pets', async (req, res) => {
  const species = SPECIES.has(req.query.species) ? req.query.species : 'dog';
  // ok: js-sql-injection
  const { rows } = await pool.query("SELECT id, name FROM pets WHERE species = '" + species + "'");
  res.json(rows);
});

router.post('/bookings', async (req, res) => {
  const { slotId, petId, reason } = req.body;
  // ok: js-sql-injection
  await pool.query('INSERT INTO bookings (slot_id, pet_id, reason, owner_id) VALUES ($1, $2, $3, $4)', [slotId, petId, reason, req.user.id]);
  // ruleid: js-log-injection
  audit.info(`booking for pet ${petId} reason=${reason}`);
  // ok: js-log-injection
  audit.info('booking created', { petId: String(petId).replace(/[\r\n]/g, ' '), owner: req.user.id });
  res.status(201).json({ ok: true });
});

router.post('/pets', async (req, res) => {
  // ruleid: js-mass-assignment
  const pet = await Pet.create(req.body);
  res.status(201).json(pet);
});

router.patch('/pets/:id', async (req, res) => {
  const pet = await Pet.findOne({ where: { id: req.params.id, ownerId: req.user.id } });
  if (!pet) return res.sendStatus(404);
  const { name, weightKg, notes } = req.body;
  // ok: js-mass-assignment
  await pet.update({ name, weightKg, notes });
  res.json(pet);
});

router.put('/owners/me', async (req, res) => {
  const owner = await Owner.findByPk(req.user.id);
  // ruleid: js-mass-assignment
  Object.assign(owner, req.body);
  await owner.save();
  res.json(owner);
});

router.get('/portal/login-return', (req, res) => {
  const next = req.query.next || '/portal';
  // ruleid: js-open-redirect
  res.redirect(next);
});

router.get('/portal/logout', (req, res) => {
  const next = String(req.query.next || '');
  // ok: js-open-redirect
  res.redirect(next.startsWith('/portal/') && !next.includes('//') && !next.includes('\\') ? next : '/portal');
});

router.post('/portal/session', async (req, res) => {
  const sid = crypto.randomBytes(32).toString('hex');
  await pool.query('INSERT INTO portal_sessions (sid, owner_id) VALUES ($1, $2)', [sid, req.user.id]);
  // ruleid: js-insecure-cookie
  res.cookie('portal_sid', sid, { maxAge: 86400000 });
  // ok: js-insecure-cookie
  res.cookie('portal_sid_v2', sid, { maxAge: 86400000, httpOnly: true, secure: true, sameSite: 'lax' });
  // ok: js-insecure-cookie
  res.cookie('preferred_clinic', String(req.body.clinic || ''), { maxAge: 31536000000 });
  res.json({ ok: true });
});

router.get('/reminders/preview', (req, res) => {
  const petName = req.query.pet || 'your pet';
  // ruleid: js-xss-response
  res.send(`<p>Reminder: ${petName} is due for a check-up.</p>`);
});

module.exports = router;
