// A one-pass tokenizer for the statistics extractor: words, figures and single punctuation marks,
// each with its span and whether whitespace precedes it (so "28-year-old" and "£20m" can be read
// as glued units). Character-code tests only: no regular expressions, linear in the input.
import { letterAt, wordCharAt } from './text.ts';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased text (words only; same as `text` otherwise). */
  lower: string;
  /** Whitespace separates this token from the previous one (or it is the first token). */
  gap: boolean;
  /** For figures: the parsed value ("40,000" -> 40000). */
  value: number;
  /** For figures: written with thousands separators or a decimal point. */
  grouped: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 12 || c === 11;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** Reads a figure at `i`: digits, then comma groups of exactly three digits, then one decimal part. */
function readNumber(text: string, i: number, end: number): { end: number; grouped: boolean } {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  let grouped = false;
  // Thousands groups only after a lead of at most three digits ("40,000", not "1,1,1").
  if (j - i <= 3) {
    while (
      j + 3 < end &&
      text.charCodeAt(j) === 44 &&
      isDigit(text.charCodeAt(j + 1)) &&
      isDigit(text.charCodeAt(j + 2)) &&
      isDigit(text.charCodeAt(j + 3)) &&
      !(j + 4 < end && isDigit(text.charCodeAt(j + 4)))
    ) {
      j += 4;
      grouped = true;
    }
  }
  if (j + 1 < end && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    grouped = true;
  }
  return { end: j, grouped };
}

/**
 * Set by readWord: whether the word it read holds an A-Z or non-ASCII letter. Without one,
 * lower-casing leaves it as it is (digits, apostrophes and dots do not change), so no call.
 */
let wordHasUpper = false;

/** Reads a word at `i`: letters and digits, inner apostrophes, and dots inside initialisms or domains. */
function readWord(text: string, i: number, end: number): number {
  let upper = false;
  let j = i;
  let singleLetterRun = true; // "U.S." style: every part one letter long
  let partLen = 0;
  let sawDot = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (wordCharAt(text, j)) {
      if ((c >= 65 && c <= 90) || c > 127) upper = true;
      j++;
      partLen++;
      continue;
    }
    if (isApostrophe(c) && j + 1 < end && letterAt(text, j + 1)) {
      j++;
      continue;
    }
    if (c === 46 && j + 1 < end && letterAt(text, j + 1)) {
      const next = text.charCodeAt(j + 1);
      // Glue "U.S", "a.m", "CNN.com", but not "Syria.The" (sentence run together).
      const lower = next >= 97 && next <= 122;
      if (partLen === 1 || lower) {
        if (partLen !== 1) singleLetterRun = false;
        sawDot = true;
        partLen = 0;
        j++;
        continue;
      }
    }
    break;
  }
  // Closing dot of an initialism ("U.S.", "a.m.") belongs to the word.
  if (sawDot && singleLetterRun && partLen === 1 && j < end && text.charCodeAt(j) === 46) j++;
  wordHasUpper = upper;
  return j;
}

/** Tokenizes text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let gap = true;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      gap = true;
      i++;
      continue;
    }
    let j: number;
    let kind: TokenKind;
    let grouped = false;
    if (isDigit(c)) {
      const r = readNumber(text, i, end);
      j = r.end;
      grouped = r.grouped;
      kind = 'num';
    } else if (letterAt(text, i)) {
      j = readWord(text, i, end);
      kind = 'word';
    } else {
      // Surrogate pairs stay together so spans never split a character.
      j = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
      kind = 'punct';
    }
    // Single characters come from V8's one-character string cache: no allocation for punctuation.
    const t = j === i + 1 ? text[i] : text.slice(i, j);
    let value = NaN;
    if (kind === 'num') value = Number(grouped ? t.replace(/,/g, '') : t);
    out.push({ kind, start: i, end: j, text: t, lower: kind === 'word' && wordHasUpper ? t.toLowerCase() : t, gap, value, grouped });
    gap = false;
    i = j;
  }
  return out;
}

/** Hash of a run of ASCII letters, case folded; smi-sized, so a Set of them is cheap to probe. */
const foldStep = (h: number, c: number) => (h * 31 + (c | 32)) & 0xfffffff;

/**
 * A cheap test that text[start, end) may hold a figure or one of `words` (lower-case ASCII
 * letters): false only when tokenizing it would give no number token and no word token whose
 * lower-cased text is in `words`. A word token is all ASCII letters only when it is a whole
 * maximal run of them (the tokenizer never splits or glues a run of ASCII letters), so hashing
 * each run finds every such word; a hash collision only costs a needless tokenization.
 */
export function wordScanner(words: Iterable<string>): (text: string, start: number, end: number) => boolean {
  const hashes = new Set<number>();
  let minLen = Infinity;
  let maxLen = 0;
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`wordScanner: not lower-case ASCII: ${w}`);
    let h = 0;
    for (let i = 0; i < w.length; i++) h = foldStep(h, w.charCodeAt(i));
    hashes.add(h);
    minLen = Math.min(minLen, w.length);
    maxLen = Math.max(maxLen, w.length);
  }
  return (text, start, end) => {
    let h = 0;
    let runStart = start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) return true; // a figure
      // A lone high surrogate: the tokenizer takes the next character with it, letter or not.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && letterAt(text, i + 1)) return true;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        h = foldStep(h, c);
        continue;
      }
      const len = i - runStart;
      if (len >= minLen && len <= maxLen && hashes.has(h)) return true;
      h = 0;
      runStart = i + 1;
    }
    const len = end - runStart;
    return len >= minLen && len <= maxLen && hashes.has(h);
  };
}
