import { useMemo } from "react";
import DOMPurify from 'dompurify';

export function Comment({ comment }) {
  // ruleid: js-react-dangerous-html
  return <div className="body" dangerouslySetInnerHTML={{ __html: comment.body }} />;
}

export function Preview({ markdown }) {
  // ruleid: js-react-dangerous-html
  return <article dangerouslySetInnerHTML={{ __html: `<h1>${markdown.title}</h1>` }} />;
}

export function SafeComment({ comment }) {
  // ok: js-react-dangerous-html
  return <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(comment.body) }} />;
}

export function Logo() {
  // ok: js-react-dangerous-html
  return <span dangerouslySetInnerHTML={{ __html: '<svg viewBox="0 0 10 10"></svg>' }} />;
}

export function Plain({ comment }) {
  // ok: js-react-dangerous-html
  return <div title="__html">{comment.body}</div>;
}

export function MemoComment({ comment }) {
  const clean = useMemo(() => DOMPurify.sanitize(comment.body), [comment.body]);
  // ok: js-react-dangerous-html
  return <div dangerouslySetInnerHTML={{ __html: clean }} />;
}

export function MemoRaw({ comment }) {
  const html = useMemo(() => comment.body.trim(), [comment.body]);
  // ruleid: js-react-dangerous-html
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

// Without JSX: the same prop through React.createElement.
export function NotesPanel(props) {
  return React.createElement('div', null,
    // ruleid: js-react-dangerous-html
    React.createElement('section', { dangerouslySetInnerHTML: { __html: props.notesHtml } }),
    // ok: js-react-dangerous-html
    React.createElement('footer', { dangerouslySetInnerHTML: { __html: DOMPurify.sanitize(props.footerHtml) } }),
  );
}
