import { describe, expect, it } from 'vitest';
import { countWords, dropArtefact, gapHas, isArtefactStop, lines, sentences, slice, splitAtSpaces } from '../../src/ingest/text.ts';

const texts = (t: string, start = 0, end = t.length) => sentences(t, start, end).map((s) => slice(t, s));

describe('sentences', () => {
  it("recovers sentences from a one-line body without splitting at 'Maj. Gen.'", () => {
    const t = 'A video shows Maj. Gen. Omar Haddad leaving the base. He spoke briefly.';
    expect(texts(t)).toEqual(['A video shows Maj. Gen. Omar Haddad leaving the base.', 'He spoke briefly.']);
  });

  it('keeps dotted acronyms inside a sentence unless a sentence opener follows', () => {
    const t = 'The U.N. refugee agency and U.S. Army officers met. They left the U.S. The talks ended.';
    expect(texts(t)).toEqual(['The U.N. refugee agency and U.S. Army officers met.', 'They left the U.S.', 'The talks ended.']);
  });

  it('does not split at an initial', () => {
    expect(texts('Officials quoted John F. Kennedy at length. Then they ate.')).toEqual([
      'Officials quoted John F. Kennedy at length.',
      'Then they ate.',
    ]);
  });

  it('ends a sentence after a closing quote mark', () => {
    const t = 'He said it was "over." Nobody agreed. She wrote ‘never again.’ ‘Fine,’ he replied.';
    expect(texts(t)).toEqual(['He said it was "over."', 'Nobody agreed.', 'She wrote ‘never again.’', '‘Fine,’ he replied.']);
  });

  it('splits at a loader artefact " ." even before a lower-case word', () => {
    const t = 'The guest list includes: . singers from the north . Then the show began.';
    expect(texts(t)).toEqual(['The guest list includes: .', 'singers from the north .', 'Then the show began.']);
  });

  it('keeps "No. 1" together but ends a sentence on a plain word', () => {
    expect(texts('They ranked No. 1 in the poll. He said no. The vote followed.')).toEqual([
      'They ranked No. 1 in the poll.',
      'He said no.',
      'The vote followed.',
    ]);
  });

  it('respects the [start, end) window', () => {
    const t = 'Skip this. Read this one. And this. Not this.';
    const start = t.indexOf('Read');
    const end = t.indexOf(' Not');
    expect(texts(t, start, end)).toEqual(['Read this one.', 'And this.']);
  });

  it('stays linear and correct on 200k repetitions of ". "', () => {
    const t = '. '.repeat(200_000);
    const out = sentences(t);
    for (const s of out) expect(s.end).toBeGreaterThan(s.start);
    expect(out.length).toBeGreaterThan(0);
    expect(out[out.length - 1].end).toBeLessThanOrEqual(t.length);
  });

  it('returns one sentence for 200k letters with no stop', () => {
    const t = 'a'.repeat(200_000);
    expect(sentences(t)).toEqual([{ start: 0, end: t.length }]);
  });

  it('handles long runs of dots and quotes without a newline', () => {
    const t = `Start. ${'.'.repeat(100_000)}${'"'.repeat(100_000)} End here.`;
    const out = texts(t);
    expect(out[0].startsWith('Start.')).toBe(true);
    expect(out[out.length - 1].endsWith('End here.')).toBe(true);
    expect(out.every((s) => s.length > 0 && s === s.trim())).toBe(true);
  });
});

describe('lines and artefacts', () => {
  it('splits lines and trims them', () => {
    const t = '  one \n\n two\n';
    expect(lines(t).map((s) => slice(t, s))).toEqual(['one', 'two']);
  });

  it('recognises the loader artefact but not a spaced ellipsis', () => {
    expect(isArtefactStop('Heading . Body', 8)).toBe(true);
    expect(isArtefactStop('wait . . . then', 5)).toBe(false);
    const t = 'Read on .';
    expect(slice(t, dropArtefact(t, { start: 0, end: t.length }))).toBe('Read on');
  });
});

describe('countWords', () => {
  it('counts contractions, hyphenated names and numbers as one word each', () => {
    expect(countWords("Al-Shallal didn't flee with 40,000 men or $1.5 billion.")).toBe(9);
  });

  it('counts non-ASCII words and ignores dashes', () => {
    expect(countWords('Señor Müller -- the café owner')).toBe(5);
    expect(countWords('')).toBe(0);
  });
});

describe('gapHas and splitAtSpaces', () => {
  // Random strings of spaces, commas, marks and letters, against the regular expressions they replace.
  const parts = [' ', ',', 'a', 'bc', '\u00a0', '\n', '\t', ', ', '\u2003', '\ufeff', '\u00e9', '"', '\u201c', '-', '--', ';'];
  let seed = 3;
  const random = () => {
    let s = '';
    for (let i = 0, n = seed % 9; i < n; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += parts[seed % parts.length];
    }
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return s;
  };

  it('splits as split(/\\s+/) and split(/[\\s,]+/) do', () => {
    for (let k = 0; k < 20000; k++) {
      const s = random();
      expect(splitAtSpaces(s), JSON.stringify(s)).toEqual(s.split(/\s+/));
      expect(splitAtSpaces(s, true), JSON.stringify(s)).toEqual(s.split(/[\s,]+/));
    }
  });

  it('finds marks in a gap as a character class does', () => {
    for (let k = 0; k < 20000; k++) {
      const s = random();
      const from = k % 3;
      const to = s.length - (k % 2);
      expect(gapHas(s, from, to, ',;"\u201c'), JSON.stringify([s, from, to])).toBe(/[,;"\u201c]/.test(s.slice(from, to)));
    }
  });
});
