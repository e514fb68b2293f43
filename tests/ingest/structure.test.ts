import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/ingest/structure.ts';
import type { Span } from '../../src/ingest/types.ts';

const at = (text: string, span: Span) => text.slice(span.start, span.end);
const kinds = (text: string) => readStructure(text).paragraphs.map((p) => p.kind);

/** Every span in the structure slices to the text it claims. */
function expectSpansSlice(text: string): void {
  const s = readStructure(text);
  const ok = (span: Span) => span.start >= 0 && span.end <= text.length && span.start <= span.end;
  for (const p of s.paragraphs) expect(ok(p.span) && at(text, p.span) === p.text).toBe(true);
  for (const i of [...s.highlights, ...s.relatedLinks, ...s.relatedHeadlines, ...s.disclaimers]) expect(at(text, i.span)).toBe(i.text);
  for (const c of s.contributors) expect(at(text, c.span)).toBe(c.name);
  if (s.dateline) expect(at(text, s.dateline.span)).toBe(s.dateline.text);
  for (const x of s.sentences) expect(ok(x.span) && x.span.end > x.span.start).toBe(true);
  for (const sec of s.sections) if (sec.headingSpan) expect(at(text, sec.headingSpan)).toBe(sec.heading);
}

const LAYOUT = [
  '- Storm floods the coastal road',
  '- Two bridges are closed',
  '',
  'PORTVILLE, Maine (CNN) -- Heavy rain flooded the coastal road on Monday, officials said.',
  'Read more: How towns prepare for storms',
  'Crews worked through the night to clear debris.',
  'Residents wade through water near the harbor in Portville, Maine, on Monday, March 2.',
  'A truck is stranded on the flooded road outside Bayton on Monday, March 2.',
  'Volunteers fill sandbags at the fire station in Portville on Sunday, March 1.',
  'Storms batter the coast',
  'Winter in pictures',
  'Repairs could take months, the mayor said.',
  'What comes next for the harbor?',
  'The town council will meet on Thursday to discuss repairs.',
  'CNN cannot independently verify the damage estimates.',
  "CNN's Dana Ortiz and Lee Park contributed to this report.",
].join('\n');

describe('readStructure on a paragraph-per-line layout', () => {
  const s = readStructure(LAYOUT);

  it('splits highlight lines from the body', () => {
    expect(s.highlights.map((h) => h.text)).toEqual(['Storm floods the coastal road', 'Two bridges are closed']);
    expect(at(LAYOUT, s.body).startsWith('PORTVILLE')).toBe(true);
  });

  it('reads a dateline with a place', () => {
    expect(s.dateline?.text).toBe('PORTVILLE, Maine (CNN) --');
    expect(s.dateline?.place).toBe('PORTVILLE, Maine');
    expect(s.source).toBe('CNN');
  });

  it('finds the gallery as a run of dated captions', () => {
    const captions = s.paragraphs.filter((p) => p.kind === 'CAPTION').map((p) => p.text);
    expect(captions).toHaveLength(3);
    expect(captions[0].startsWith('Residents wade')).toBe(true);
    expect(s.sections.map((x) => x.kind)).toEqual(['LEAD', 'GALLERY', 'RELATED_HEADLINES', 'BODY', 'BODY']);
  });

  it('reads the headlines after a gallery as related headlines', () => {
    expect(s.relatedHeadlines.map((h) => h.text)).toEqual(['Storms batter the coast', 'Winter in pictures']);
  });

  it('keeps a short question line as a sub-heading', () => {
    const heading = s.paragraphs.find((p) => p.kind === 'SUBHEADING');
    expect(heading?.text).toBe('What comes next for the harbor?');
    const section = s.sections.find((x) => x.heading === heading?.text);
    expect(section?.kind).toBe('BODY');
    expect(section?.paragraphs.length).toBe(3);
  });

  it('reads the title of a "Read more" line as a related link', () => {
    expect(s.relatedLinks.map((l) => l.text)).toEqual(['How towns prepare for storms']);
  });

  it('reads contributor names with spans', () => {
    expect(s.contributors.map((c) => c.name)).toEqual(['Dana Ortiz', 'Lee Park']);
    expectSpansSlice(LAYOUT);
  });

  it('marks a verification disclaimer', () => {
    expect(kinds(LAYOUT)).toContain('DISCLAIMER');
    expect(s.disclaimers.map((d) => d.text)).toEqual(['CNN cannot independently verify the damage estimates.']);
  });

  it('counts body words without the dateline, captions or links', () => {
    // lead 10 + 8, body 7, sub-heading 6, its paragraph 10, disclaimer 7, contributor line 10
    expect(s.wordCount).toBe(10 + 8 + 7 + 6 + 10 + 7 + 10);
  });
});

describe('readStructure on other layouts', () => {
  it('reads paragraphs separated by blank lines', () => {
    const t = '(CNN) -- First paragraph here.\n\nSecond paragraph here.\n\nThird one.';
    expect(readStructure(t).paragraphs.map((p) => p.text)).toEqual(['(CNN) -- First paragraph here.', 'Second paragraph here.', 'Third one.']);
  });

  it('reads @highlight blocks at the end of a .story file', () => {
    const t = 'Body text is here.\n\nMore body.\n\n@highlight\n\nFirst point\n\n@highlight\n\nSecond point\n';
    const s = readStructure(t);
    expect(s.highlights.map((h) => h.text)).toEqual(['First point', 'Second point']);
    expect(s.paragraphs.map((p) => p.text)).toEqual(['Body text is here.', 'More body.']);
  });

  it('reads a dateline without a dash in a one-line body', () => {
    const s = readStructure('- A point .\n\nLyon, France (CNN)The mayor spoke on Friday.');
    expect(s.dateline?.text).toBe('Lyon, France (CNN)');
    expect(s.dateline?.place).toBe('Lyon, France');
    expect(s.highlights[0].text).toBe('A point');
  });

  it('reads a Daily Mail byline with dates', () => {
    const t = 'By . Jane Rowe and Tom Hale . PUBLISHED: . 10:02 EST, 3 May 2013 . | . UPDATED: . 11:40 EST, 3 May 2013 . The council said on Friday it would close the pier.';
    const s = readStructure(t);
    expect(s.byline?.authors.map((a) => a.text)).toEqual(['Jane Rowe', 'Tom Hale']);
    expect(s.byline?.authors.every((a) => at(t, a.span) === a.text)).toBe(true);
    expect(s.byline?.published).toBe('10:02 EST, 3 May 2013');
    expect(s.byline?.updated).toBe('11:40 EST, 3 May 2013');
    expect(s.paragraphs[0].kind).toBe('BYLINE');
    expect(s.paragraphs[1].text).toBe('The council said on Friday it would close the pier.');
    expect(s.source).toBe('Daily Mail');
  });

  it('recovers one paragraph per sentence from a one-line body', () => {
    const body = [
      '(CNN)Maj. Gen. Ali Karam left the army on Monday.',
      'He crossed the border at night, said Sami Noor, a U.N. official.',
      '"We knew he would go. Nobody could stop him," Noor said.',
      'Read more: Officers who switched sides .',
      'The fighting went on.',
      "CNN's Rita Moss contributed to this report.",
    ].join(' ');
    const t = `- Point one .\n\n${body}`;
    const s = readStructure(t);
    expect(s.paragraphs.map((p) => p.text)).toEqual([
      '(CNN)Maj. Gen. Ali Karam left the army on Monday.',
      'He crossed the border at night, said Sami Noor, a U.N. official.',
      '"We knew he would go. Nobody could stop him," Noor said.',
      'Read more: Officers who switched sides',
      'The fighting went on.',
      "CNN's Rita Moss contributed to this report.",
    ]);
    expect(s.paragraphs.every((p) => p.inferred)).toBe(true);
    expect(s.paragraphs.map((p) => p.kind)).toEqual(['BODY', 'BODY', 'BODY', 'READ_MORE', 'BODY', 'CONTRIBUTOR']);
    expect(s.relatedLinks.map((l) => l.text)).toEqual(['Officers who switched sides']);
    expect(s.contributors.map((c) => c.name)).toEqual(['Rita Moss']);
    expectSpansSlice(t);
  });

  it('keeps a quotation that runs over several sentences in one inferred paragraph', () => {
    const body = "The coach spoke after the game. ‘We played well. The lads gave everything. ‘Next week will be harder.’ He left soon after.";
    const s = readStructure(body);
    expect(s.paragraphs.map((p) => p.text)).toEqual([
      'The coach spoke after the game.',
      '‘We played well. The lads gave everything.',
      '‘Next week will be harder.’',
      'He left soon after.',
    ]);
  });

  it('makes a short artefact line in a one-line body a sub-heading', () => {
    const body = 'The storm hit on Monday. Many homes lost power. Recovery efforts . Crews began work on Tuesday. More help is on the way.';
    const s = readStructure(body);
    expect(s.sections.find((x) => x.heading)?.heading).toBe('Recovery efforts');
  });

  it('reads "X reported from Y" credit lines as contributors, leaving places out', () => {
    const t = "Body text.\nThe end.\nCNN's Ana Ruiz reported from Lima, Peru, and Ben Cole wrote from Atlanta.";
    const s = readStructure(t);
    expect(s.paragraphs[2].kind).toBe('CONTRIBUTOR');
    expect(s.contributors.map((c) => c.name)).toEqual(['Ana Ruiz', 'Ben Cole']);
  });
});

describe('readStructure never throws', () => {
  const cases: [string, string][] = [
    ['empty text', ''],
    ['only highlights', '- one\n- two\n'],
    ['only whitespace', ' \n\n \t '],
    ['200k ". "', '. '.repeat(200_000)],
    ['200k letters', 'a'.repeat(200_000)],
    ['long quotes and spaces', `"${' '.repeat(50_000)}${'"'.repeat(50_000)}‘’`.repeat(2)],
    ['dots then a sentence', `${'.'.repeat(100_000)} The end.`],
    ['by-line lookalike', `By ${'. '.repeat(10_000)}`],
    ['parentheses', `(${'('.repeat(1000)}CNN) -- x`],
  ];
  for (const [name, text] of cases) {
    it(`handles ${name}`, () => {
      const s = readStructure(text);
      expectSpansSlice(text);
      expect(s.wordCount).toBeGreaterThanOrEqual(0);
    });
  }

  it('reads every word of a 200k-letter line as one paragraph and one sentence', () => {
    const t = 'a'.repeat(200_000);
    const s = readStructure(t);
    expect(s.paragraphs).toHaveLength(1);
    expect(s.sentences).toHaveLength(1);
    expect(s.wordCount).toBe(1);
  });

  it('parses a 10 MB single line', () => {
    const t = 'The council met on Monday and agreed a plan. '.repeat(230_000);
    const s = readStructure(t);
    expect(s.paragraphs.length).toBe(230_000);
    expect(s.paragraphs[1].text).toBe('The council met on Monday and agreed a plan.');
  });
});

const SEED = '/work/shared/corpus/cnn/0000.txt';
describe.skipIf(!existsSync(SEED))('seed article', () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  const s = readStructure(text);

  it('has 4 highlights and a CNN dateline', () => {
    expect(s.highlights).toHaveLength(4);
    expect(s.dateline?.text).toBe('(CNN) --');
  });

  it('finds 32 captions, 5 related headlines and 6 related links', () => {
    expect(s.paragraphs.filter((p) => p.kind === 'CAPTION')).toHaveLength(32);
    expect(s.relatedHeadlines).toHaveLength(5);
    expect(s.relatedLinks).toHaveLength(6);
    expect(s.relatedLinks[0].text).toBe('A Christian prayer for peace in Syria');
  });

  it('names Holly Yan as contributor', () => {
    expect(s.contributors.map((c) => c.name)).toEqual(['Holly Yan']);
    expect(at(text, s.contributors[0].span)).toBe('Holly Yan');
  });

  it('has the "On the ground" section', () => {
    const sec = s.sections.find((x) => x.heading === 'On the ground: Fierce battles for critical areas under way');
    expect(sec?.kind).toBe('BODY');
    expect(s.sections.map((x) => x.kind).slice(0, 3)).toEqual(['LEAD', 'GALLERY', 'RELATED_HEADLINES']);
    expect(s.disclaimers).toHaveLength(1);
  });
});

const CORPUS = '/work/shared/corpus';
describe.skipIf(!existsSync(CORPUS))('corpus', () => {
  it('reads every corpus file without throwing, and every span slices right', () => {
    let files = 0;
    for (const dir of ['cnn', 'dailymail']) {
      if (!existsSync(`${CORPUS}/${dir}`)) continue;
      for (const f of readdirSync(`${CORPUS}/${dir}`)) {
        if (!f.endsWith('.txt')) continue;
        expectSpansSlice(readFileSync(`${CORPUS}/${dir}/${f}`, 'utf8'));
        files++;
      }
    }
    expect(files).toBeGreaterThan(0);
  });
});
