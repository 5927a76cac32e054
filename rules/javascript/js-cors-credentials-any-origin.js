const express = require('express');
const cors = require('cors');

const app = express();

// ruleid: js-cors-credentials-any-origin
app.use(cors({ origin: true, credentials: true }));
// ruleid: js-cors-credentials-any-origin
app.use('/api', cors({ credentials: true, methods: ['GET'], origin: '*' }));

app.use((req, res, next) => {
  // ruleid: js-cors-credentials-any-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use((req, res, next) => {
  // ruleid: js-cors-credentials-any-origin
  res.header('Access-Control-Allow-Origin', req.get('origin'));
  next();
});

const ALLOWED = new Set(['https://app.example.com']);
// ok: js-cors-credentials-any-origin
app.use(cors({ origin: ['https://app.example.com'], credentials: true }));
// ok: js-cors-credentials-any-origin
app.use(cors({ origin: (origin, cb) => cb(null, ALLOWED.has(origin)), credentials: true }));
// ok: js-cors-credentials-any-origin
app.use('/public', cors({ origin: '*' }));

app.use((req, res, next) => {
  // ok: js-cors-credentials-any-origin
  if (ALLOWED.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  next();
});

// ruleid: js-cors-credentials-any-origin
const corsOptions = { origin: true, credentials: true, maxAge: 600 };
app.use('/v2', cors(corsOptions));
// ok: js-cors-credentials-any-origin
const corsPublic = { origin: '*', credentials: false };
app.use('/v3', cors(corsPublic));
