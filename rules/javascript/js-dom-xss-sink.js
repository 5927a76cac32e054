import DOMPurify from 'dompurify';

function showResults(query, results) {
  const box = document.getElementById('results');
  // ruleid: js-dom-xss-sink
  box.innerHTML = `<h2>Results for ${query}</h2>`;
  for (const r of results) {
    // ruleid: js-dom-xss-sink
    box.innerHTML += '<li>' + r.title + '</li>';
  }
  // ruleid: js-dom-xss-sink
  box.insertAdjacentHTML('beforeend', location.hash.slice(1));
  // ruleid: js-dom-xss-sink
  document.write('<p>' + decodeURIComponent(location.search) + '</p>');
  // ruleid: js-dom-xss-sink
  document.querySelector('#bio').outerHTML = localStorage.getItem('bio');
}

function showSafe(query, html) {
  const box = document.getElementById('results');
  // ok: js-dom-xss-sink
  box.innerHTML = '';
  // ok: js-dom-xss-sink
  box.innerHTML = '<p class="empty">No results</p>';
  // ok: js-dom-xss-sink
  box.textContent = `Results for ${query}`;
  // ok: js-dom-xss-sink
  box.innerHTML = DOMPurify.sanitize(html);
  // ok: js-dom-xss-sink
  box.insertAdjacentHTML('beforeend', '<hr>');
  // ok: js-dom-xss-sink
  document.write('<script src="/analytics.js"></script>');
  // ok: js-dom-xss-sink
  const innerHTML = query;
  return innerHTML;
}

export { showResults, showSafe };
