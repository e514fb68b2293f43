import { describe, expect, it } from 'vitest';
import { tokenize, wordScanner } from '../../src/ingest/numbers-tokens.ts';

const WORDS = ['one', 'two', 'few', 'dozen', 'twenty', 'thousands'];
const scan = wordScanner(WORDS);

/** What the scanner must never miss: a figure, or a word token among WORDS. */
function needed(text: string, start = 0, end = text.length): boolean {
  return tokenize(text, start, end).some((t) => t.kind === 'num' || (t.kind === 'word' && WORDS.includes(t.lower)));
}

describe('wordScanner', () => {
  it('finds figures and the words, in any case, as whole words only', () => {
    expect(scan('It rained.', 0, 10)).toBe(false);
    expect(scan('Someone phoned.', 0, 15)).toBe(false);
    expect(scan('about 40 people', 0, 15)).toBe(true);
    expect(scan('One of them', 0, 11)).toBe(true);
    expect(scan('TWENTY-five', 0, 11)).toBe(true);
    expect(scan('a few', 0, 5)).toBe(true);
    expect(scan('x one y', 2, 4)).toBe(false);
    expect(scan('x one y', 2, 5)).toBe(true);
    // The tokenizer keeps the character after a lone high surrogate with it: "xone" then holds "one".
    expect(needed('\ud800xone')).toBe(true);
    expect(scan('\ud800xone', 0, 5)).toBe(true);
  });

  it('never misses what the tokenizer reads (random strings)', () => {
    const parts = ['one', 'One', 'ONE', 'two', 'few', 'dozen', 'twenty', 'Thousands', 'some', 'x', 'é', '\u212a', 'a', 'ñ',
      ' ', ' ', ' ', '.', "'", '\u2019', '-', ',', '7', '\ud83d\ude00', '\ud800', '\udc00', '_', '\u0301', 'U.S.'];
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = 1 + rand(8);
      for (let i = 0; i < n; i++) s += parts[rand(parts.length)];
      const a = rand(s.length);
      const b = a + rand(s.length - a + 1);
      if (!scan(s, a, b)) expect(needed(s, a, b), JSON.stringify([s, a, b])).toBe(false);
    }
  });

  it('rejects words it cannot match exactly', () => {
    expect(() => wordScanner(['Two'])).toThrow();
  });
});
