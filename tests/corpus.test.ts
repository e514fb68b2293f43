// The whole pipeline over every article of the shared research corpus, when it is present:
// nothing throws, and every span of every extracted item slices to the item's text.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isLoadIssue, readArticles } from '../src/ingest/formats/index.ts';
import { parseArticle } from '../src/ingest/index.ts';
import type { ParsedArticle, Span } from '../src/ingest/types.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const present = existsSync(CORPUS);
if (!present) console.warn(`tests/corpus.test.ts: skipped, ${CORPUS} is missing`);

/** Every (text, span) pair an article exposes, with where it came from. */
function spanned(a: ParsedArticle): { what: string; text: string; span: Span }[] {
  const out: { what: string; text: string; span: Span }[] = [];
  const add = (what: string, x: { text: string; span: Span } | null | undefined) => x && out.push({ what, ...x });
  a.highlights.forEach((h) => add('highlight', h));
  a.paragraphs.forEach((p) => add('paragraph', p));
  a.relatedLinks.forEach((x) => add('relatedLink', x));
  a.relatedHeadlines.forEach((x) => add('relatedHeadline', x));
  a.disclaimers.forEach((x) => add('disclaimer', x));
  a.contributors.forEach((c) => add('contributor', { text: c.name, span: c.span }));
  add('dateline', a.dateline);
  a.quotes.forEach((q) => {
    add('quote', q);
    add('quote.cue', q.cue);
    add('quote.attribution', q.attribution);
  });
  a.people.forEach((p) => p.mentions.forEach((m) => add(`mention of ${p.name}`, m)));
  a.statistics.forEach((s) => add('statistic', s));
  a.photos.forEach((p) => {
    add('photo', { text: p.caption, span: p.span });
    add('photo.date', p.date);
    add('photo.place', p.place);
    add('photo.credit', p.credit);
  });
  return out;
}

describe.skipIf(!present)('the shared corpus', () => {
  it('parses every article without throwing, with spans that slice to each item', async () => {
    let count = 0;
    const bad: string[] = [];
    for await (const raw of readArticles(CORPUS)) {
      if (isLoadIssue(raw)) {
        bad.push(`${raw.file}: ${raw.code}`);
        continue;
      }
      const { article, warnings } = parseArticle(raw.text, { id: raw.id, source: raw.source });
      expect(article, raw.id).not.toBeNull();
      expect(warnings.filter((w) => w.code === 'EXTRACTOR_FAILED'), raw.id).toEqual([]);
      for (const item of spanned(article!)) {
        if (raw.text.slice(item.span.start, item.span.end) !== item.text) bad.push(`${raw.id}: ${item.what} ${JSON.stringify(item.text)}`);
      }
      count++;
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(count).toBe(1277);
  }, 300_000);
});
