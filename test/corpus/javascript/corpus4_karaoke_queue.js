// Karaoke bar song queue: browser-side script for the singer sign-up screen and the host panel.
/* global DOMPurify */
(function () {
  'use strict';

  // ruleid: js-hardcoded-credentials
  const LYRICS_API_SECRET = 'kq_live_7f3c9a1e55d04b2f8e6a0c1d9b7e4f21';
  // ok: js-hardcoded-credentials
  const LYRICS_API_BASE = 'https://lyrics.example.com/api/v1';

  const queueEl = document.getElementById('queue');
  const bannerEl = document.getElementById('banner');
  const params = new URLSearchParams(window.location.search);

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function singerRow(entry) {
    return '<li class="singer"><b>' + entry.singer + '</b> &mdash; ' + entry.song + '</li>';
  }

  function safeSingerRow(entry) {
    return '<li class="singer"><b>' + escapeHtml(entry.singer) + '</b> &mdash; ' + escapeHtml(entry.song) + '</li>';
  }

  function renderQueue(entries) {
    const html = entries.map(singerRow).join('');
    // ruleid: js-dom-xss-sink
    queueEl.innerHTML = html;
  }

  function renderQueueSafely(entries) {
    const html = entries.map(safeSingerRow).join('');
    // ok: js-dom-xss-sink
    queueEl.innerHTML = html;
  }

  function showBanner() {
    const msg = params.get('msg');
    if (!msg) return;
    // ruleid: js-dom-xss-sink
    bannerEl.insertAdjacentHTML('beforeend', '<p class="notice">' + msg + '</p>');
  }

  function showDedication() {
    const dedication = decodeURIComponent(window.location.hash.slice(1));
    const box = document.getElementById('dedication');
    // ok: js-dom-xss-sink
    box.textContent = dedication;
    // ok: js-dom-xss-sink
    box.innerHTML = DOMPurify.sanitize('<em>' + dedication + '</em>');
  }

  function applyHostMacro() {
    const macro = params.get('macro');
    if (macro) {
      // ruleid: js-eval-injection
      eval('hostMacros.' + macro + '()');
    }
  }

  function applyTheme() {
    const raw = window.localStorage.getItem('theme') || '{}';
    // ok: js-eval-injection
    const theme = JSON.parse(raw);
    document.body.dataset.theme = theme.name || 'neon';
  }

  function makeScorer() {
    const formula = params.get('score');
    // ruleid: js-eval-injection
    return new Function('pitch', 'timing', 'return ' + formula + ';');
  }

  function shuffleQueue(entries) {
    const copy = entries.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      // ok: js-weak-random
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  function hostPin() {
    // ruleid: js-weak-random
    const pin = Math.floor(Math.random() * 1000000).toString().padStart(6, '0');
    return pin;
  }

  function claimToken() {
    const bytes = new Uint8Array(16);
    // ok: js-weak-random
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function afterSignup() {
    const back = params.get('return');
    // ruleid: js-open-redirect
    window.location.href = back;
  }

  async function loadQueue() {
    const resp = await fetch(LYRICS_API_BASE + '/queue', {
      headers: { 'X-Api-Key': LYRICS_API_SECRET },
    });
    const entries = await resp.json();
    if (params.get('safe') === '1') renderQueueSafely(shuffleQueue(entries));
    else renderQueue(entries);
  }

  document.getElementById('host-pin').textContent = hostPin();
  document.getElementById('claim').dataset.token = claimToken();
  document.getElementById('signup').addEventListener('submit', afterSignup);
  showBanner();
  showDedication();
  applyHostMacro();
  applyTheme();
  window.karaokeScore = makeScorer();
  loadQueue();
})();
