const express = require('express');

const app = express();
const SAFE_PATHS = ['/dashboard', '/settings'];

app.get('/login/done', (req, res) => {
  // ruleid: js-open-redirect
  res.redirect(req.query.next);
});

app.get('/out', (req, res) => {
  const target = req.query.to;
  // ruleid: js-open-redirect
  res.redirect(302, target);
});

app.get('/login/done-safe', (req, res) => {
  const next = req.query.next;
  if (!SAFE_PATHS.includes(next)) {
    return res.redirect('/dashboard');
  }
  // ok: js-open-redirect
  res.redirect(next);
});

app.get('/search', (req, res) => {
  // ok: js-open-redirect
  res.redirect('/results?q=' + encodeURIComponent(req.query.q));
  // ok: js-open-redirect
  res.redirect('/home');
});

function isLocalUrl(url) {
  const parsed = new URL(url, 'https://app.example.com');
  return parsed.origin === 'https://app.example.com';
}

app.get('/back', (req, res) => {
  if (!isLocalUrl(req.query.back)) return res.redirect('/');
  // ok: js-open-redirect
  res.redirect(req.query.back);
});

app.get('/v1/*', (req, res) => {
  // A constant local path in front keeps the redirect on this host.
  // ok: js-open-redirect
  res.redirect(301, '/v2' + req.path.slice(3));
  // A bare '/' does not: '/' + '/evil.example' is a protocol-relative URL.
  // ruleid: js-open-redirect
  res.redirect('/' + req.query.path);
});

// --- A choice between an allow-listed value and a constant is as good as the allow-list check.
const SAFE_NEXT = new Set(['/account', '/orders']);
app.get('/continue', (req, res) => {
  const next = String(req.query.next || '');
  // ok: js-open-redirect
  res.redirect(SAFE_NEXT.has(next) ? next : '/account');
  // ok: js-open-redirect
  res.redirect(!SAFE_NEXT.has(next) ? '/account' : next);
  // ruleid: js-open-redirect
  res.redirect(SAFE_NEXT.has(next) ? '/account' : next);
});

// --- Browser code: the page's query string and fragment are written by whoever sent the link.
function continueAfterLogin() {
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next');
  // ruleid: js-open-redirect
  window.location.href = next;
  // ruleid: js-open-redirect
  location.assign(decodeURIComponent(location.hash.slice(1)));
  // ok: js-open-redirect
  window.location.href = '/dashboard';
  // ok: js-open-redirect
  window.location.href = '/search?q=' + encodeURIComponent(params.get('q'));
  // ok: js-open-redirect
  window.location.href = window.location.pathname + '?page=2';
}

const ALLOWED_RETURN = ['/inbox', '/settings'];
function returnTo() {
  const target = new URLSearchParams(location.search).get('return');
  // ok: js-open-redirect
  location.replace(ALLOWED_RETURN.includes(target) ? target : '/inbox');
  // ruleid: js-open-redirect
  document.location = target;
}
module.exports.browser = { continueAfterLogin, returnTo };

app.get('/portal/logout', (req, res) => {
  const next = String(req.query.next || '');
  // ok: js-open-redirect
  res.redirect(next.startsWith('/portal/') ? next : '/portal');
  const back = String(req.query.back || '');
  if (back.startsWith('/') && !back.startsWith('//') && !back.includes('\\')) {
    // ok: js-open-redirect
    return res.redirect(back);
  }
  // "//evil.example" starts with "/" too.
  // ruleid: js-open-redirect
  res.redirect(back.startsWith('/') ? back : '/portal');
});
