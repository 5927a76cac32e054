// React dashboard of a coffee roastery: roast profiles, cupping notes, customer messages.
import React, { useEffect, useMemo, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

type Roast = { id: string; bean: string; notesHtml: string; curveFormula: string; origin: string };

const ORIGINS = ['ethiopia', 'colombia', 'kenya', 'guatemala'];

function useRoasts(): Roast[] {
  const [roasts, setRoasts] = useState<Roast[]>([]);
  useEffect(() => {
    fetch('/api/roasts').then((r) => r.json()).then(setRoasts);
  }, []);
  return roasts;
}

export function CuppingNotes({ roast }: { roast: Roast }) {
  const clean = useMemo(() => DOMPurify.sanitize(roast.notesHtml), [roast.notesHtml]);
  return (
    <section>
      <div className="raw" dangerouslySetInnerHTML={{ __html: roast.notesHtml }} /> {/* ruleid: js-react-dangerous-html */}
      <div className="clean" dangerouslySetInnerHTML={{ __html: clean }} /> {/* ok: js-react-dangerous-html */}
      <div className="legend" dangerouslySetInnerHTML={{ __html: '<b>Aroma</b> · <b>Acidity</b> · <b>Body</b>' }} /> {/* ok: js-react-dangerous-html */}
    </section>
  );
}

export function RoastCurve({ roast }: { roast: Roast }) {
  const points = useMemo(() => {
    // ruleid: js-eval-injection
    const f = new Function('t', `return ${roast.curveFormula};`);
    return Array.from({ length: 20 }, (_, i) => f(i * 30));
  }, [roast.curveFormula]);
  const seconds = Number.parseInt(new URLSearchParams(window.location.search).get('t') ?? '0', 10);
  // ok: js-eval-injection
  const timer = setTimeout(() => console.debug('curve at', seconds), 1000);
  useEffect(() => () => clearTimeout(timer), [timer]);
  return <polyline points={points.map((y, x) => `${x * 10},${y}`).join(' ')} />;
}

export function CustomerMessage() {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const msg = new URLSearchParams(window.location.search).get('msg') ?? '';
    if (box.current) {
      // ruleid: js-dom-xss-sink
      box.current.innerHTML = `<p class="msg">${msg}</p>`;
    }
  }, []);
  return <div ref={box} />;
}

export function OriginBanner() {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const origin = window.location.hash.slice(1);
    if (ref.current) {
      // ok: js-dom-xss-sink
      ref.current.textContent = `Today's featured origin: ${origin}`;
      if (ORIGINS.includes(origin)) {
        // ok: js-dom-xss-sink
        ref.current.innerHTML = `Today's featured origin: <strong>${origin}</strong>`;
      }
    }
  }, []);
  return <h2 ref={ref} />;
}

export function ChangelogPanel({ markdown }: { markdown: string }) {
  // ruleid: js-react-dangerous-html
  return <article dangerouslySetInnerHTML={{ __html: marked.parse(markdown) as string }} />;
}

export default function RoasteryDashboard() {
  const roasts = useRoasts();
  const [query, setQuery] = useState('');
  const visible = roasts.filter((r) => r.bean.toLowerCase().includes(query.toLowerCase()));
  useEffect(() => {
    const target = new URLSearchParams(window.location.search).get('next');
    // ruleid: js-open-redirect
    if (target) window.location.href = target;
  }, []);
  return (
    <main>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter beans" />
      {visible.map((r) => (
        <div key={r.id}>
          <h3>{r.bean}</h3>
          <CuppingNotes roast={r} />
          <RoastCurve roast={r} />
        </div>
      ))}
      <OriginBanner />
      <CustomerMessage />
    </main>
  );
}
