const express = require('express');
const { User, Post } = require('./models');

const app = express();

app.post('/users', async (req, res) => {
  // ruleid: js-mass-assignment
  const user = await User.create(req.body);
  res.json(user);
});

app.put('/users/:id', async (req, res) => {
  // ruleid: js-mass-assignment
  await User.update(req.body, { where: { id: req.params.id } });
  // ruleid: js-mass-assignment
  await User.findByIdAndUpdate(req.params.id, req.body);
  const user = await User.findByPk(req.params.id);
  // ruleid: js-mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.sendStatus(204);
});

app.post('/posts', async (req, res) => {
  // ruleid: js-mass-assignment
  const post = new Post(req.body);
  // ruleid: js-mass-assignment
  const copy = await Post.create({ ...req.body });
  res.json([post, copy]);
});

app.post('/users-safe', async (req, res) => {
  const { name, email } = req.body;
  // ok: js-mass-assignment
  const user = await User.create({ name, email });
  // ok: js-mass-assignment
  await User.update({ name: req.body.name }, { where: { id: req.params.id } });
  // ok: js-mass-assignment
  const draft = Object.assign({}, req.body);
  // ok: js-mass-assignment
  const params = new URLSearchParams(req.body);
  // ok: js-mass-assignment
  const hash = crypto.createHash('sha256').update(req.body);
  // Overriding one field after the spread still copies every other field of the body.
  // ruleid: js-mass-assignment
  const post = await Post.create({ ...req.body, authorId: undefined, title: req.body.title });
  res.json([user, draft, String(params), hash, post]);
});
