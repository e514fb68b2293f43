// Moving parsed articles between threads cheaply. The thread that reads the files already holds
// each article's text, so a worker sends the article back without it, and without every item's
// own copy of its text (quote, mention, paragraph, caption...): each becomes '' and is restored on
// arrival as a slice of the article text. That makes the message a fraction of the size, and V8
// shares the article's characters among the slices instead of holding the text twice.
import type { ParsedArticle, Span } from './types.ts';

const TEXT_KEYS = ['text', 'caption', 'name'] as const;

const isSpan = (x: unknown): x is Span =>
  typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

/** Calls `fn` on every object under `root` that has a span, except the article itself. */
function eachSpanned(root: object, fn: (o: Record<string, unknown>, span: Span) => void): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (isSpan(o.span)) fn(o, o.span);
    for (const key in o) if (typeof o[key] === 'object') visit(o[key]);
  };
  for (const key in root) if (key !== 'text') visit((root as unknown as Record<string, unknown>)[key]);
}

/** The article without its text, and with '' for every item text that the text at its span gives back. */
export function packArticle(article: ParsedArticle): ParsedArticle {
  const source = article.text;
  eachSpanned(article, (o, { start, end }) => {
    for (const key of TEXT_KEYS) {
      const v = o[key];
      if (typeof v === 'string' && end > start && v.length === end - start && source.startsWith(v, start)) o[key] = '';
    }
  });
  return { ...article, text: '' };
}

/** Undoes `packArticle` given the article's text: every '' item text becomes a slice of it. */
export function unpackArticle(article: ParsedArticle, text: string): ParsedArticle {
  article.text = text;
  return restoreTexts(article, text);
}

/** `unpackArticle` for any part of a packed article (an object holding some of its lists). */
export function restoreTexts<T extends object>(part: T, text: string): T {
  eachSpanned(part, (o, { start, end }) => {
    for (const key of TEXT_KEYS) if (o[key] === '' && end > start) o[key] = text.slice(start, end);
  });
  return part;
}
