// Low-level text scanning shared by the extractors: lines, sentences and word counts, each as
// spans into the source text. Every function here is a single linear pass (no backtracking
// regular expressions), so parse time grows linearly with input size.
import type { Span } from './types.ts';

/** Titles and name parts that never end a sentence: "Maj. Gen. Abdul", "Dr. Smith", "St. Louis". */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft',
  'gen', 'maj', 'lt', 'col', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'cdr', 'gov',
  'sen', 'rep', 'hon', 'pres', 'supt', 'det', 'insp', 'amb', 'atty', 'gens', 'vs', 'v', 'messrs',
]);
/**
 * Abbreviations that can also close a sentence ("Apple Inc. The company ...", "in Austin, Tex. Police
 * said"): they end it only when a common sentence opener follows.
 */
const SOFT_ABBREVIATIONS = new Set([
  'inc', 'co', 'corp', 'ltd', 'plc', 'llc', 'bros', 'dept', 'univ', 'assn', 'etc', 'approx', 'al',
  'ave', 'blvd', 'rd', 'hwy', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'kan', 'ky', 'md', 'mich',
  'minn', 'mont', 'neb', 'nev', 'okla', 'ore', 'tenn', 'tex', 'vt', 'wis', 'wyo',
]);
/** Abbreviations that only stand before a number: "No. 1", "Jan. 5", "Vol. 3". */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'vol', 'fig', 'p', 'pp', 'art', 'ch',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words that commonly open a sentence: after an ambiguous full stop ("U.S.", "Inc.") they mark a new one. */
const OPENER_WORDS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'But', 'And', 'This', 'That',
  'These', 'Those', 'There', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'On', 'At', 'Some', 'Many',
  'As', 'If', 'When', 'After', 'Before', 'For', 'So', 'Yet', 'Still', 'Now', 'Then', 'According',
  'Officials', 'Police', 'Authorities', 'What', 'Who', 'Why', 'How', 'Where', 'While', 'Since',
  'Meanwhile', 'However', 'Other', 'Most', 'One', 'Two', 'Both', 'Last', 'Earlier', 'Later', 'Read',
]);

/**
 * ASCII letters and digits by character code (0 for anything else), for the hot character loops:
 * one table load is much cheaper than a chain of range tests that the branch predictor misses.
 */
const ASCII_LETTER = 1;
const ASCII_DIGIT = 2;
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = ASCII_DIGIT;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = ASCII_LETTER;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = ASCII_LETTER;
const ANY_LETTER = /\p{L}/u;

/** Whether the character at `i` is a letter of any script (accented names are common in news). */
export function letterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] === ASCII_LETTER;
  return ANY_LETTER.test(text[i]);
}

/** Whether the character at `i` is a letter of any script or an ASCII digit. */
export function wordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] !== 0;
  return ANY_LETTER.test(text[i]);
}

/**
 * `text` cut at `end`, to search with `nextMatch` without running past `end` (a V8 slice shares
 * the characters): an unbounded search could scan to the end of the text on every call.
 */
export const upTo = (text: string, end: number): string => (end === text.length ? text : text.slice(0, end));

/**
 * Where the global regular expression `marks` next matches in `hay` at or after `from`, or -1:
 * loops that care only about a few characters (quotation marks) jump between them natively
 * instead of visiting every character.
 */
export function nextMatch(marks: RegExp, hay: string, from: number): number {
  marks.lastIndex = from;
  const found = marks.exec(hay);
  return found === null ? -1 : found.index;
}

const isUpper = (c: string) => (c >= 'A' && c <= 'Z') || (c > '\u007f' && /\p{Lu}/u.test(c));
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && /\p{L}/u.test(c));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
const isWhite = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || (c > '\u007f' && /\s/.test(c));
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
  while (start < end && isWhite(text[start])) start++;
  while (end > start && isWhite(text[end - 1])) end--;
  return { start, end };
}

/**
 * Whether the full stop at `dot` is a loader artefact: the CNN/DailyMail dataset loader appended
 * " ." to every source line without end punctuation, so " ." before a space or the end marks a line
 * break of the original (a heading, a "Read more" link, a list item).
 */
export function isArtefactStop(text: string, dot: number, end = text.length): boolean {
  if (text[dot] !== '.' || dot === 0 || !isSpace(text[dot - 1])) return false;
  if (dot + 1 < end && !isWhite(text[dot + 1])) return false;
  // Not part of a spaced ellipsis (". . .").
  return !(dot >= 2 && text[dot - 2] === '.') && !(text[dot + 2] === '.');
}

/** Narrows a span to drop a trailing " ." loader artefact. */
export function dropArtefact(text: string, span: Span): Span {
  const t = trimSpan(text, span);
  if (t.end - t.start >= 2 && isArtefactStop(text, t.end - 1, t.end)) return trimSpan(text, { start: t.start, end: t.end - 1 });
  return t;
}

/** The word before position `i` (letters and dots), used to recognise abbreviations; at most 40 chars back. */
function wordBefore(text: string, i: number, floor: number): string {
  let j = i;
  const stop = Math.max(floor, i - 40);
  while (j > stop && (isLetter(text[j - 1]) || text[j - 1] === '.')) j--;
  if (j > floor && (isLetter(text[j - 1]) || text[j - 1] === '.')) return '';
  return text.slice(j, i);
}

/** The word starting at `i` (letters only, at most 20 chars). */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 20 && isLetter(text[j])) j++;
  return text.slice(i, j);
}

/** Whether a common sentence opener starts at `next` (read only for the few words that need it). */
const openerAt = (text: string, next: number): boolean => OPENER_WORDS.has(wordAt(text, next));

/**
 * Whether the full stop at `dot` ends a sentence, looking at the word it closes and what follows.
 * `next` is the index of the first non-space character after the stop (and any closing marks).
 */
function fullStopEnds(text: string, dot: number, next: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (!word) return true;
  const bare = word.toLowerCase();
  // An initial ("John F. Kennedy") unless a plain sentence opener follows ("World War I. The ...").
  if (word.length === 1 && isUpper(word)) return openerAt(text, next);
  if (TITLES.has(bare)) return false;
  if (NUMBER_ABBREVIATIONS.has(bare) && (isDigit(text[next]) || text[next] === '#')) return false;
  if (SOFT_ABBREVIATIONS.has(bare)) return openerAt(text, next);
  // Dotted acronyms ("U.S.", "U.N.", "p.m.") end a sentence only when a common sentence opener follows.
  if (word.includes('.')) return /^[A-Za-z](?:\.[A-Za-z])+$/.test(word) ? openerAt(text, next) : true;
  return true;
}

/**
 * Splits [start, end) into sentences. A sentence ends at `.`, `!` or `?` (plus any closing quotes
 * or brackets) followed by whitespace and an upper-case letter, digit or opening mark, at a line
 * break, or at a loader artefact " ." (an original line end). Abbreviations, initials and dotted
 * acronyms do not end a sentence. One pass: each character is looked at a bounded number of times.
 */
export function sentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (e: number) => {
    const sp = trimSpan(text, { start: s, end: e });
    if (sp.end > sp.start) out.push(sp);
  };
  // Jump between candidate characters with a native search, bounded by `end` (a cheap V8 slice).
  const stops = /[.!?\n]/g;
  const hay = end === text.length ? text : text.slice(0, end);
  for (let i = start; i < end; i++) {
    stops.lastIndex = i;
    const found = stops.exec(hay);
    if (!found || found.index >= end) break;
    i = found.index;
    const c = text[i];
    if (c === '\n') {
      push(i);
      s = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (c === '.' && isArtefactStop(text, i, end)) {
      push(i + 1);
      s = i + 1;
      continue;
    }
    // Swallow runs ("...", "?!") and closing marks; a run is skipped as a whole so long runs stay linear.
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < end && CLOSERS.has(text[j])) j++;
    const runEnd = j;
    if (j < end && !isSpace(text[j]) && text[j] !== '\n') {
      i = runEnd - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text[k])) k++;
    if (k >= end || text[k] === '\n') {
      // The line break or the end closes the sentence.
      i = Math.max(i, k - 1);
      continue;
    }
    const n = text[k];
    const opensSentence = isUpper(n) || isDigit(n) || OPENERS.has(n);
    if (opensSentence && (c !== '.' || stopEnds(text, i, j, k, s))) {
      push(j);
      s = k;
    }
    i = k - 1;
  }
  push(end);
  return out;
}

/**
 * Whether a full stop at `dot` (its run of marks and closers ending at `runEnd`, the next word at
 * `next`) ends the sentence. After `."` or `.’` the quote has closed, so only a title ("Gen.") keeps
 * the sentence going; an ellipsis ends it.
 */
function stopEnds(text: string, dot: number, runEnd: number, next: number, floor: number): boolean {
  if (runEnd === dot + 1) return fullStopEnds(text, dot, next, floor);
  if (!CLOSERS.has(text[dot + 1])) return true;
  const word = wordBefore(text, dot, floor);
  return !(word && TITLES.has(word.toLowerCase()));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Number of words (runs of letters or digits, with inner apostrophes, hyphens, dots or commas). */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const wordChar = c < 128 ? ASCII_WORD[c] !== 0 : WORD_CHAR.test(text[i]);
    if (wordChar) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44)) {
      // keep "don't", "al-Assad", "1.5", "40,000" as one word when a word character follows
      const d = text.charCodeAt(i + 1);
      inWord = d < 128 ? ASCII_WORD[d] !== 0 : d > 127 && WORD_CHAR.test(text[i + 1]);
    } else inWord = false;
  }
  return n;
}

/** Characters that `\s` matches and String.prototype.trim removes, by character code. */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether `text.slice(start, end).split(/\s+/)` has at most `max` parts, found without splitting. */
export function splitsAtMost(text: string, start: number, end: number, max: number): boolean {
  let parts = 1;
  for (let i = start; i < end; i++) {
    if (!isJsSpace(text.charCodeAt(i))) continue;
    if (++parts > max) return false;
    while (i + 1 < end && isJsSpace(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

export const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/**
 * Whether text[from, to) holds any of the characters of `marks`: `/[marks]/.test(text.slice(from,
 * to))` for the short gaps between tokens, without a slice and a regular expression call per gap
 * (`from` must not be negative).
 */
export function gapHas(text: string, from: number, to: number, marks: string): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    for (let k = 0; k < marks.length; k++) if (marks.charCodeAt(k) === c) return true;
  }
  return false;
}

/** `s.split(/\s+/)` (or `/[\s,]+/` with `commas`) without a regular expression. */
export function splitAtSpaces(s: string, commas = false): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isJsSpace(c) && !(commas && c === 44)) continue;
    parts.push(s.slice(from, i));
    while (i + 1 < s.length && (isJsSpace(s.charCodeAt(i + 1)) || (commas && s.charCodeAt(i + 1) === 44))) i++;
    from = i + 1;
  }
  parts.push(s.slice(from));
  return parts;
}
