import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/ingest/index.ts';
import { packArticle, unpackArticle } from '../../src/ingest/transfer.ts';

const TEXT = '- A summary line\n(CNN) -- "We will rebuild the bridge," said Mayor Helen Cartwright, adding that at least 300 workers would be hired.';

describe('packArticle / unpackArticle', () => {
  it('sends no text across threads and restores every item text from its span', () => {
    const original = parseArticle(TEXT, { id: 't/1' }).article!;
    const expected = JSON.parse(JSON.stringify(original));
    const packed = structuredClone(packArticle(parseArticle(TEXT, { id: 't/1' }).article!));
    expect(JSON.stringify(packed)).not.toContain('rebuild');
    expect(unpackArticle(packed, TEXT)).toEqual(expected);
  });

  it('keeps a text that differs from the text at its span', () => {
    const a = parseArticle('(CNN) -- Officials met on Monday.', { id: 't/2' }).article!;
    a.relatedLinks.push({ text: 'Not from the text at all', span: { start: 0, end: 24 } });
    const back = unpackArticle(structuredClone(packArticle(a)), a.text);
    expect(back.relatedLinks.at(-1)!.text).toBe('Not from the text at all');
  });
});
