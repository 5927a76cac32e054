// Kanban board (React, browser): cards with rich-text descriptions written by team members,
// computed columns, share links and hover previews. Board data comes from /api/boards/:id.
import React, { useEffect, useMemo, useRef, useState } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

interface Card { id: string; title: string; descriptionHtml: string; labels: string[]; points: number }
interface Column { id: string; name: string; formula?: string; cards: Card[] }
interface Board { id: string; name: string; bannerHtml: string; columns: Column[] }

const EMPTY_STATE = '<p class="empty">No cards yet &mdash; drag one here.</p>';

function newCardId(): string {
  // ok: js-weak-random
  return 'tmp-' + Math.random().toString(36).slice(2, 10);
}

function createShareLink(boardId: string): string {
  // ruleid: js-weak-random
  const shareToken = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return `${location.origin}/shared/${boardId}?token=${shareToken}`;
}

function columnTotal(column: Column): number {
  if (!column.formula) return column.cards.reduce((sum, c) => sum + c.points, 0);
  // ruleid: js-eval-injection
  const compute = new Function('cards', `return ${column.formula};`);
  return Number(compute(column.cards));
}

function CardView({ card }: { card: Card }) {
  const tip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!tip.current) return;
    // ruleid: js-dom-xss-sink
    tip.current.innerHTML = `<strong>${card.title}</strong> &middot; ${card.labels.join(', ')}`;
  }, [card]);
  return (
    <div className="card">
      <h4>{card.title}</h4>
      <div className="description" dangerouslySetInnerHTML={{ __html: card.descriptionHtml }} /> {/* ruleid: js-react-dangerous-html */}
      <div className="tooltip" ref={tip} />
    </div>
  );
}

function SafeCardView({ card }: { card: Card }) {
  const clean = useMemo(() => DOMPurify.sanitize(card.descriptionHtml), [card.descriptionHtml]);
  const tip = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // ok: js-dom-xss-sink
    if (tip.current) tip.current.textContent = `${card.title} · ${card.labels.join(', ')}`;
  }, [card]);
  return (
    <div className="card">
      <div className="description" dangerouslySetInnerHTML={{ __html: clean }} /> {/* ok: js-react-dangerous-html */}
      <div className="tooltip" ref={tip} />
    </div>
  );
}

export function Board({ boardId, safeMode }: { boardId: string; safeMode: boolean }) {
  const [board, setBoard] = useState<Board | null>(null);
  const emptyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    fetch(`/api/boards/${encodeURIComponent(boardId)}`).then((r) => r.json()).then(setBoard);
  }, [boardId]);
  useEffect(() => {
    // ok: js-dom-xss-sink
    if (emptyRef.current) emptyRef.current.innerHTML = EMPTY_STATE;
  }, [board]);
  if (!board) return <p>Loading…</p>;
  const Card = safeMode ? SafeCardView : CardView;
  return (
    <section>
      <header dangerouslySetInnerHTML={{ __html: marked.parse(board.bannerHtml) as string }} /> {/* ruleid: js-react-dangerous-html */}
      <footer dangerouslySetInnerHTML={{ __html: '<small>Press <kbd>?</kbd> for shortcuts</small>' }} /> {/* ok: js-react-dangerous-html */}
      {board.columns.map((col) => (
        <div key={col.id} className="column">
          <h3>{col.name} ({columnTotal(col)})</h3>
          {col.cards.length === 0 && <div ref={emptyRef} />}
          {col.cards.map((c) => <Card key={c.id} card={c} />)}
        </div>
      ))}
      <button onClick={() => navigator.clipboard.writeText(createShareLink(board.id))}>Share</button>
    </section>
  );
}

export function finishOAuth(): void {
  const params = new URLSearchParams(window.location.search);
  const returnTo = params.get('returnTo') ?? '/boards';
  if (returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.includes('\\')) {
    // ok: js-open-redirect
    window.location.assign(returnTo);
    return;
  }
  // ruleid: js-open-redirect
  window.location.href = params.get('fallback') ?? '/boards';
}
