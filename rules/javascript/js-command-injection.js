const { exec, execFile, spawn } = require('child_process');
const child_process = require('child_process');
const express = require('express');
const app = express();
const ALLOWED_TOOLS = ['ls', 'df'];

app.get('/ping', (req, res) => {
  const host = req.query.host;
  // ruleid: js-command-injection
  exec('ping -c 1 ' + host, (err, out) => res.send(out));
  // ok: js-command-injection
  execFile('ping', ['-c', '1', host], (err, out) => res.send(out));
  // ok: js-command-injection
  exec('uptime', (err, out) => res.send(out));
});

app.post('/convert', (req, res) => {
  const { file } = req.body;
  // ruleid: js-command-injection
  child_process.execSync(`convert ${file} out.png`);
  // ruleid: js-command-injection
  spawn(`tar czf backup.tgz ${file}`, { shell: true });
  // ok: js-command-injection
  spawn('tar', ['czf', 'backup.tgz', file]);
  res.end();
});

app.get('/tool', (req, res) => {
  const tool = req.query.tool;
  if (!ALLOWED_TOOLS.includes(tool)) {
    return res.sendStatus(400);
  }
  // ok: js-command-injection
  exec(tool, (err, out) => res.send(out));
  const n = parseInt(req.query.lines, 10);
  // ok: js-command-injection
  exec('tail -n ' + n + ' /var/log/app.log', (err, out) => res.send(out));
});

function buildCommand(name) {
  return 'git log --author=' + name;
}

app.get('/log', (req, res) => {
  // ruleid: js-command-injection
  exec(buildCommand(req.query.author), (err, out) => res.send(out));
  let cmd = 'git status';
  if (false) {
    cmd = req.query.cmd;
  }
  // ok: js-command-injection
  exec(cmd, (err, out) => res.send(out));
});

// Queue worker: the message body was published by the upload service from client input.
function onConvert(channel, msg) {
  const { file, format } = JSON.parse(msg.content.toString());
  // ruleid: js-command-injection
  exec(`convert /srv/uploads/${file} /srv/out/${file}.${format}`);
  // ok: js-command-injection
  execFile('convert', [`/srv/uploads/${file}`, `/srv/out/${file}.${format}`]);
  channel.ack(msg);
}
module.exports.onConvert = onConvert;

const FORMATS = new Set(['png', 'jpg', 'webp']);
app.get('/convert', (req, res) => {
  const format = req.query.format;
  const supported = FORMATS.has(format);
  if (!supported) return res.status(400).send('unsupported');
  // ok: js-command-injection
  exec(`convert in.tiff out.${format}`);
  const other = req.query.other;
  const known = FORMATS.has(other);
  console.log(known ? 'known' : 'unknown');
  // ruleid: js-command-injection
  exec(`convert in.tiff out.${other}`);
  res.sendStatus(202);
});
