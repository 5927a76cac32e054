const express = require('express');
const { User, Post } = require('./models');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // ruleid: js-nosql-injection
  const user = await User.findOne({ username, password });
  res.json({ ok: Boolean(user) });
});

app.get('/posts', async (req, res) => {
  // ruleid: js-nosql-injection
  const posts = await Post.find({ author: req.query.author });
  // ruleid: js-nosql-injection
  const count = await Post.countDocuments({ $where: `this.author == '${req.query.author}'` });
  res.json({ posts, count });
});

app.delete('/posts', async (req, res) => {
  // ruleid: js-nosql-injection
  await Post.deleteMany(req.body.filter);
  res.sendStatus(204);
});

app.post('/login-safe', async (req, res) => {
  const username = String(req.body.username);
  const password = String(req.body.password);
  // ok: js-nosql-injection
  const user = await User.findOne({ username, password });
  res.json({ ok: Boolean(user) });
});

app.get('/posts-safe', async (req, res) => {
  const page = parseInt(req.query.page, 10);
  // ok: js-nosql-injection
  const posts = await Post.find({ published: true }).skip(page * 20);
  // ok: js-nosql-injection
  const mine = await Post.find({ author: req.query.author.toString() });
  // ok: js-nosql-injection
  const byId = await Post.findById(req.params.id.toString());
  res.json({ posts, mine, byId });
});
