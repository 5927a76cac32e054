const https = require('https');
const tls = require('tls');
const axios = require('axios');

// ruleid: js-tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });

// ruleid: js-tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
// ruleid: js-tls-verification-disabled
process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;

const socket = tls.connect(8443, 'internal.example.com', {
  // ruleid: js-tls-verification-disabled
  checkServerIdentity: () => undefined,
});

request({ url: 'https://partner.example.com/feed', strictSSL: false }); // ruleid: js-tls-verification-disabled

// ok: js-tls-verification-disabled
const strict = new https.Agent({ rejectUnauthorized: true });
// ok: js-tls-verification-disabled
const privateCa = new https.Agent({ ca: require('fs').readFileSync('corp-ca.pem') });
// ok: js-tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
// ok: js-tls-verification-disabled
const devOnly = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });
// ok: js-tls-verification-disabled
const hint = 'set rejectUnauthorized: false only in tests';

axios.get('https://api.example.com', { httpsAgent: agent });
function request() {}
module.exports = { agent, socket, strict, privateCa, devOnly, hint };
