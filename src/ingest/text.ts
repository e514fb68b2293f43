// Low-level text scanning shared by the extractors: lines, sentences and word counts, each as
// spans into the source text. Every function here is a single linear pass (no backtracking
// regular expressions), so parse time grows linearly with input size.
import type { Span } from './types.ts';

/** Abbreviations after which a full stop does not end a sentence (compared lower-cased, no dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'maj', 'lt', 'col', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'cdr', 'gov',
  'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'amb', 'atty', 'gens',
  'inc', 'co', 'corp', 'ltd', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn',
  'no', 'nos', 'vs', 'v', 'etc', 'approx', 'est', 'vol', 'fig', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'ave', 'blvd', 'rd', 'hwy', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan',
  'ky', 'la', 'mass', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore',
  'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLetter = (c: string) => /\p{L}/u.test(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0';
const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[']);

/** Splits [start, end) into lines (without their line terminators), trimmed of outer whitespace. */
export function lines(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let i = start;
  while (i <= end) {
    let j = text.indexOf('\n', i);
    if (j < 0 || j > end) j = end;
    const s = trimSpan(text, { start: i, end: j });
    if (s.end > s.start) out.push(s);
    i = j + 1;
  }
  return out;
}

/** Narrows a span so it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The word before position `i` (letters and dots), used to recognise abbreviations. */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i;
  while (j > floor && (isLetter(text[j - 1]) || text[j - 1] === '.')) j--;
  return text.slice(j, i);
}

/**
 * Whether the full stop at `dot` ends a sentence, looking at the word it closes and what follows.
 * `next` is the index of the first non-space character after the stop (and any closing marks).
 */
function fullStopEnds(text: string, dot: number, next: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  const bare = word.replace(/\./g, '').toLowerCase();
  if (word.length === 1 && isUpper(word)) return false; // an initial: "John F. Kennedy"
  if (ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  // Dotted acronyms ("U.S.", "U.N.") end a sentence only when a common sentence opener follows.
  if (word.includes('.') && /^[A-Za-z](\.[A-Za-z])+$/.test(word)) {
    const follow = text.slice(next, next + 12);
    return /^(The|A|An|He|She|It|They|We|I|In|But|And|This|That|There|His|Her|Its|Their|On|At|Some|Many)\b/.test(follow);
  }
  return true;
}

/**
 * Splits [start, end) into sentences. A sentence ends at `.`, `!` or `?` (plus any closing quotes
 * or brackets) followed by whitespace and an upper-case letter, digit or opening mark, or at a line
 * break. Abbreviations, initials and dotted acronyms do not end a sentence.
 */
export function sentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (e: number) => {
    const sp = trimSpan(text, { start: s, end: e });
    if (sp.end > sp.start) out.push(sp);
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i);
      s = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // Swallow runs ("...", "?!") and closing marks.
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j < end && !isSpace(text[j]) && text[j] !== '\n') continue;
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end) continue; // the last sentence closes at `end`
    const n = text[k];
    if (n === '\n') continue; // the line break ends it
    const opensSentence = isUpper(n) || (n >= '0' && n <= '9') || OPENERS.has(n) || /\p{Lu}/u.test(n);
    if (!opensSentence) continue;
    if (c === '.' && j === i + 1 && !fullStopEnds(text, i, k, s)) continue;
    push(j);
    s = k;
    i = k - 1;
  }
  push(end);
  return out;
}

/** Number of words (runs of letters or digits, with inner apostrophes, hyphens, dots or commas). */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const wordChar =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(text[i]));
    if (wordChar) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44)) {
      // keep "don't", "al-Assad", "1.5", "40,000" as one word when a word character follows
      const d = text.charCodeAt(i + 1);
      inWord = (d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122);
    } else inWord = false;
  }
  return n;
}

export const slice = (text: string, span: Span): string => text.slice(span.start, span.end);
