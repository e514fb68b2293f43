// The whole pipeline on odd and hostile input: it never throws, says what is wrong, and keeps
// what it can. Long pathological inputs check that no rule backtracks badly: each must finish
// (the test timeout bounds them) and give a correct answer.
import { describe, expect, it } from 'vitest';
import { parseArticle, unclosedQuote } from '../../src/ingest/index.ts';

const parse = (text: string) => parseArticle(text, { id: 't/1' });
const codes = (text: string) => parse(text).warnings.map((w) => w.code);

describe('parseArticle on bad input', () => {
  it('reports an empty article and returns none', () => {
    const r = parse('   \n\n ');
    expect(r.article).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['EMPTY']);
  });

  it('reports highlights with no body, and keeps the highlights', () => {
    const r = parse('- Only a summary line\n- And another\n');
    expect(r.warnings.map((w) => w.code)).toContain('NO_BODY');
    expect(r.article?.highlights.map((h) => h.text)).toEqual(['Only a summary line', 'And another']);
  });

  it('points an unclosed quotation mark out with its place', () => {
    const text = '(CNN) -- The mayor said "we will rebuild the bridge.\nThe council met later.';
    const r = parse(text);
    const w = r.warnings.find((x) => x.code === 'UNBALANCED_QUOTES');
    expect(w?.span?.start).toBe(text.indexOf('"'));
  });

  it('does not take a quote running over several paragraphs for an unclosed one', () => {
    const text = '(CNN) -- "We will rebuild," she said. "It will take years.\n"But we will do it."\nThe council agreed.';
    expect(codes(text)).not.toContain('UNBALANCED_QUOTES');
    expect(unclosedQuote(text, parse(text).article!.paragraphs)).toBe(-1);
  });

  it('survives control characters and stray bytes in the text', () => {
    const text = '(CNN) -- A\u0000B\u0001 "C\u0002" said \uFFFD Dr. \u0007 X. 12 \u0000people.';
    const r = parse(text);
    expect(r.article).not.toBeNull();
    expect(r.warnings.map((w) => w.code)).not.toContain('EXTRACTOR_FAILED');
  });
});

describe('parseArticle on long pathological input', () => {
  const hostile: [string, string][] = [
    ['200k quotation marks', '"'.repeat(200_000)],
    ['200k full stops', '. '.repeat(200_000)],
    ['a 1 MB line of digits and commas', '1,'.repeat(500_000)],
    ['400k words with no punctuation or newline', 'word '.repeat(400_000)],
    ['capitalised words forever', 'Big Name '.repeat(150_000)],
    ['opening quotes and speech verbs', '"a said '.repeat(100_000)],
    ['abbreviations and initials', 'Maj. Gen. A. B. U.S. '.repeat(60_000)],
    ['nested curly quotes', '\u201c\u2018'.repeat(100_000)],
  ];
  for (const [name, body] of hostile) {
    it(`parses ${name} without failing`, () => {
      const r = parse(`(CNN) -- ${body}`);
      expect(r.article).not.toBeNull();
      expect(r.warnings.map((w) => w.code)).not.toContain('EXTRACTOR_FAILED');
      // Spans stay inside the text.
      for (const q of r.article!.quotes) expect(q.span.end).toBeLessThanOrEqual(r.article!.text.length);
    }, 60_000);
  }

  it('parses a 10 MB article of real-looking sentences and finds its items', () => {
    const para = 'Officials said at least 12 people were hurt in Riverton on Monday. "We are doing all we can," said Mayor Helen Cartwright.\n';
    const text = `(CNN) -- ${para.repeat(Math.ceil(10_000_000 / para.length))}`;
    const r = parse(text);
    expect(r.article!.text.length).toBeGreaterThan(10_000_000);
    expect(r.article!.statistics.length).toBeGreaterThan(50_000);
    expect(r.article!.quotes.length).toBeGreaterThan(50_000);
    expect(r.article!.quotes[0].speakerName).toBe('Helen Cartwright');
  }, 120_000);
});
