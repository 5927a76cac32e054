// Profile card: renders a user's bio (Markdown already rendered server side) and a status banner.
import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

interface Profile { name: string; bioHtml: string; website: string; status: string }

const FOOTER_HTML = '<small>Profiles are public</small>';

export function ProfileCard({ profile }: { profile: Profile }) {
  const bannerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!bannerRef.current) return;
    // ruleid: js-dom-xss-sink
    bannerRef.current.innerHTML = `<b>${profile.status}</b>`;
  }, [profile.status]);

  useEffect(() => {
    if (!bannerRef.current) return;
    // ok: js-dom-xss-sink
    bannerRef.current.textContent = profile.status;
  }, [profile.status]);

  return (
    <div className="profile">
      <h2>{profile.name}</h2>
      <Bio html={profile.bioHtml} />
      <CleanBio html={profile.bioHtml} />
      <Footer />
      <p className="website">{profile.website}</p>
    </div>
  );
}

function Bio({ html }: { html: string }) {
  // ruleid: js-react-dangerous-html
  return <div className="bio" dangerouslySetInnerHTML={{ __html: html }} />;
}

function CleanBio({ html }: { html: string }) {
  // ok: js-react-dangerous-html
  return <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />;
}

function Footer() {
  // ok: js-react-dangerous-html
  return <footer dangerouslySetInnerHTML={{ __html: FOOTER_HTML }} />;
}

export function renderSearchHint(container: HTMLElement) {
  const q = new URLSearchParams(window.location.search).get('q') || '';
  // ruleid: js-dom-xss-sink
  container.insertAdjacentHTML('beforeend', '<p>Results for ' + q + '</p>');
  const p = document.createElement('p');
  // ok: js-dom-xss-sink
  p.innerText = 'Results for ' + q;
  container.appendChild(p);
  // ok: js-dom-xss-sink
  container.innerHTML = '';
}

export function goBack() {
  const ret = new URLSearchParams(window.location.search).get('return') || '/';
  // ruleid: js-open-redirect
  window.location.href = ret;
}

export function goHome() {
  // ok: js-open-redirect
  window.location.href = '/home';
}
