import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.ts';
import { shareText } from '../../src/store/share-text.ts';

describe('shareText', () => {
  it('keeps every item text equal to the text at its span after a structured clone', () => {
    const text = '- A summary line\n(CNN) -- "We will rebuild the bridge," said Mayor Helen Cartwright, adding that at least 300 workers would be hired.';
    const cloned = structuredClone(parseArticle(text, { id: 't/1' }).article!);
    const shared = shareText(cloned);
    const q = shared.quotes[0];
    expect(q.text).toBe('We will rebuild the bridge,');
    expect(shared.text.slice(q.span.start, q.span.end)).toBe(q.text);
    expect(shared.statistics[0].text).toBe('at least 300 workers');
    expect(shared.people[0].mentions.every((m) => shared.text.slice(m.span.start, m.span.end) === m.text)).toBe(true);
  });

  it('leaves a text alone when it differs from the text at its span', () => {
    const text = '(CNN) -- Officials met on Monday.';
    const a = parseArticle(text, { id: 't/2' }).article!;
    a.relatedLinks.push({ text: 'Not from the text at all', span: { start: 0, end: 24 } });
    expect(shareText(a).relatedLinks.at(-1)!.text).toBe('Not from the text at all');
  });
});
