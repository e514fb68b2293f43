// Parsed articles come back from worker threads as structured clones, in which every item's
// `text` (quote, mention, paragraph, caption...) is its own copy of part of the article text.
// Re-slicing each from the article text lets V8 share the article's characters (a sliced string
// is a small pointer into its parent), so an article costs its text about once, not twice.
import type { ParsedArticle, Span } from '../ingest/types.ts';

const isSpan = (x: unknown): x is Span =>
  typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

/** Replaces, in place, every `text`/`caption`/`name` that equals the text at its `span` by a slice. */
export function shareText(article: ParsedArticle): ParsedArticle {
  const source = article.text;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (isSpan(o.span)) {
      const { start, end } = o.span;
      for (const key of ['text', 'caption', 'name'] as const) {
        const v = o[key];
        if (typeof v === 'string' && v.length === end - start && source.startsWith(v, start)) o[key] = source.slice(start, end);
      }
    }
    for (const key in o) if (key !== 'text' && typeof o[key] === 'object') visit(o[key]);
  };
  for (const key in article) if (key !== 'text') visit((article as unknown as Record<string, unknown>)[key]);
  return article;
}
