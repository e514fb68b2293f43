// Statistics extractor: every number in the body that quantifies something (counts, money,
// percentages, measures, durations, ages; in figures or words), with its qualifier ("at least",
// "about"), unit and context. One tokenizer pass per paragraph, then table lookups around each
// number; no backtracking patterns, so the cost is linear in the text.
import type { DocumentView } from './document.ts';
import * as lexicon from './numbers-lexicon.ts';
import { tokenize, wordScanner, type Token } from './numbers-tokens.ts';
import { findContext } from './statistics-context.ts';
import type { Paragraph, Span, Statistic, StatisticQualifier } from './types.ts';

// Module-local bindings: transpiled ESM imports are getters, too slow to read per token.
const {
  CLOCK_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DECADE_WORDS, DOLLAR_NATIONS, DOLLAR_PREFIXES, DURATION_UNITS,
  FRACTIONS, HALF_UNITS, IRREGULAR_PLURALS, SUPERLATIVES, MEASURE_ABBREVIATIONS, MONEY_CUES, MONEY_SCALES, MONTHS, NAME_STOPWORDS, NON_COUNT_SUFFIXES,
  NOT_PLURAL, PHRASE_STOPWORDS, QUALIFIER_PHRASES, SCALES, SMALL_NUMBERS, TENS, TIMES_WORDS, VAGUE_AMOUNTS, WEEKDAYS,
} = lexicon;

/** The number itself, before its unit and qualifier are read. */
interface Core {
  /** First token of the number ("a" in "a dozen", "$" in "$5"). */
  first: number;
  /** Last token of the number, scale words included ("billion" in "$1.5 billion"). */
  last: number;
  value: number;
  /** "dozens", "hundreds of": always AT_LEAST, people when nothing is named. */
  vague: boolean;
  currency: string | null;
  /** A unit already fixed by the number's form ("twice" -> time, "145lbs" -> pound). */
  unit: string | null;
  /** Takes its noun after "of" like a vague amount ("a couple of soldiers"). */
  of?: boolean;
  /** A qualifier fixed by the number's form ("mid-40s" -> ABOUT, "in their twenties" -> AT_LEAST). */
  qualifier?: StatisticQualifier;
}

interface Found {
  first: number;
  last: number;
  value: number;
  qualifier: StatisticQualifier;
  unit: string | null;
  /** Token range of the counted noun phrase, for the subject. */
  nounFirst: number;
  nounLast: number;
  /** Second figure of a range that counts on its own ("aged 18-35" -> 35), else -1. */
  rangeOther?: number;
}

// ---------------------------------------------------------------------------------------------
// Token predicates

const PARENTS = new Set(['father', 'mother', 'mum', 'mom', 'dad', 'grandfather', 'grandmother', 'parent', 'parents', 'grandparents']);
const AGE_VERBS = new Set(['turns', 'turned', 'turn', 'turning', 'aged', 'age', 'ages']);
const YEAR_CONTEXT = new Set([
  'the', 'in', 'since', 'of', 'by', 'from', 'until', 'till', 'to', 'and', 'between', 'during', 'before', 'after',
  'early', 'late', 'mid', 'through', 'year', 'season', 'class', 'its', 'their', 'his', 'her', 'our', 'for', 'a', 'an',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'around', 'about', 'circa', 'or', 'than',
]);
/** Vague amounts that only count when used as a quantity ("scores of", "scores wounded"). */
const SCORES_NEXT = new Set(['of', 'wounded', 'injured', 'dead', 'killed', 'hurt', 'more', 'others', 'people', 'died']);
const SCORES_BLOCKERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'test', 'high', 'low', 'exam', 'top', 'credit', 'these', 'those', 'whose', 'average', 'final', 'good', 'poor', 'settle', 'settled']);
/** Single words that stand for people right after a number ("139 wounded", "seven others"). */
const FIRST_HEADS: ReadonlyMap<string, string> = new Map([
  ['others', 'person'], ['dead', 'people'], ['wounded', 'people'], ['injured', 'people'], ['missing', 'people'],
  ['killed', 'people'], ['hurt', 'people'], ['aboard', 'people'],
]);
const AUXILIARIES = new Set(['have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'reportedly', 'already', 'also', 'now', 'all', 'allegedly', 'were', 'later']);
const PARTICIPLES = new Set(['died', 'killed', 'hurt', 'born', 'taken', 'held', 'slain', 'shot', 'fled', 'gone', 'left', 'seen', 'sold', 'built', 'lost', 'hit', 'struck', 'beaten']);
/** Adjectives dropped from a unit ("149 other people" -> people). */
const PLAIN_ADJECTIVES = new Set([
  'other', 'more', 'new', 'old', 'young', 'small', 'large', 'big', 'innocent', 'additional', 'extra', 'further',
  'different', 'separate', 'several', 'many', 'few', 'local', 'foreign', 'former', 'total', 'whole', 'full',
  'single', 'same', 'male', 'female', 'unarmed', 'armed', 'last', 'first', 'next', 'previous', 'remaining',
  'straight', 'consecutive', 'long', 'short', 'good', 'bad', 'great', 'best', 'top', 'key', 'major', 'minor',
  'possible', 'potential', 'known', 'unknown', 'suspected', 'alleged', 'confirmed', 'reported', 'estimated',
  'current', 'existing', 'original', 'entire', 'individual', 'similar', 'various', 'special', 'main',
]);
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '(', '[', '\u2014', '\u2013', '-', '`', '\u2026', ')', '|', '*', '\u2022']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isNum = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'num';
const lowerIs = (t: Token | undefined, w: string) => t !== undefined && t.kind === 'word' && t.lower === w;
const isUpperCode = (c: number) => c >= 65 && c <= 90;
const capitalised = (t: Token) => t.kind === 'word' && isUpperCode(t.text.charCodeAt(0));
const isHyphen = (t: Token | undefined) => t !== undefined && (t.text === '-' || t.text === '\u2013' || t.text === '\u2011');

/** Any upper-case letter ("Flight", "iPhone"): such a word before a figure makes it a name. */
function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isUpperCode(w.charCodeAt(i))) return true;
  return false;
}

const isPossessive = (w: string) => w.endsWith("'s") || w.endsWith('\u2019s');

function sentenceStart(toks: Token[], j: number): boolean {
  if (j === 0) return true;
  const p = toks[j - 1];
  return p.kind === 'punct' && SENTENCE_OPENERS.has(p.text);
}

/** Whether a lower-cased word is a plural noun (by irregular table or regular "-s"). */
export function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return !FIRST_HEADS.has(w);
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115 /* s */) return false;
  if (NOT_PLURAL.has(w) || isPossessive(w)) return false;
  const prev = w.charCodeAt(n - 2);
  if (prev === 115 /* ss */ || prev === 39 || prev === 0x2019) return false;
  if (w.endsWith('us') || w.endsWith('is') || w.endsWith('ous')) return false;
  return true;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Singular form of a plural noun ("vehicles" -> "vehicle", "bodies" -> "body", "campuses" -> "campus"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular !== undefined) return irregular;
  if (!w.endsWith('s') || w.endsWith('ss') || NOT_PLURAL.has(w)) return word;
  if (w.length > 4 && w.endsWith('ies')) return word.slice(0, -3) + (word.endsWith('IES') ? 'Y' : 'y');
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes') || w.endsWith('zzes')) return word.slice(0, -2);
  if (w.endsWith('uses') && w.length >= 5 && !VOWELS.has(w[w.length - 5])) return word.slice(0, -2);
  if (w.endsWith('oes') && w.length > 4) return word.slice(0, -2);
  return word.slice(0, -1);
}

// ---------------------------------------------------------------------------------------------
// Reading the number

/** A date around a day-of-month figure: "December 25", "Dec. 25", "25 December", "April 9 - 11", "9-11 April". */
function isDayOfMonth(toks: Token[], j: number): boolean {
  const t = toks[j];
  if (t.grouped || t.value < 1 || t.value > 31 || !Number.isInteger(t.value)) return false;
  const link = toks[j - 1];
  if (link && (isHyphen(link) || link.text === '\u2014' || lowerIs(link, 'to') || lowerIs(link, 'through')) && isNum(toks[j - 2]) && nextToMonth(toks, j - 2, -1)) return true;
  const next = toks[j + 1];
  if (next && (isHyphen(next) || next.text === '\u2014' || lowerIs(next, 'to')) && isNum(toks[j + 2]) && nextToMonth(toks, j + 2, 1)) return true;
  return nextToMonth(toks, j, 0);
}

/** A month name right before (dir -1), after (dir 1) or on either side (0) of the day figure at j. */
function nextToMonth(toks: Token[], j: number, dir: number): boolean {
  const t = toks[j];
  if (t.grouped || t.value < 1 || t.value > 31 || !Number.isInteger(t.value)) return false;
  let p = toks[j - 1];
  if (p && p.text === '.' && !p.gap) p = toks[j - 2];
  if (dir <= 0 && p && p.kind === 'word' && capitalised(p) && MONTHS.has(p.lower)) return true;
  const n = toks[j + 1];
  return dir >= 0 && n !== undefined && n.kind === 'word' && capitalised(n) && MONTHS.has(n.lower);
}

/** A four-digit year ("2011", "the 1998 bombings"); not "killed 1500 people". */
function isYear(toks: Token[], j: number, money: boolean): boolean {
  const t = toks[j];
  if (money || t.grouped || t.text.length !== 4 || t.value < 1000 || t.value > 2099) return false;
  const n = toks[j + 1];
  const p = toks[j - 1];
  if (n && (n.text === '%' || lowerIs(n, 'percent') || lowerIs(n, 'per'))) return false;
  const countedNoun = isWord(n) && n.gap && isPlural(n.lower) && !capitalised(n);
  if (!countedNoun || p === undefined || YEAR_CONTEXT.has(p.lower) || MONTHS.has(p.lower) || !p.gap) return true;
  // "killed 1500 people", "some 1200 troops": a count only with a count-like word around it.
  return !(IRREGULAR_PLURALS.has(n.lower) || YEAR_COUNT_CUES.has(p.lower) || (p.lower.length > 3 && p.lower.endsWith('ed')));
}

/** Words before an uncommaed four-digit figure that make it a count rather than a year. */
const YEAR_COUNT_CUES = new Set([
  'approximately', 'roughly', 'some', 'nearly', 'almost', 'estimated', 'least', 'most', 'over', 'under', 'below',
  'total', 'additional', 'another', 'only', 'just', 'all', 'had', 'has', 'have', 'with', 'were', 'are',
]);

/** Marks glued before a figure that make it part of a code: "COVID-19", "+44", "#1", "9/11", "6:30", ".22". */
const CODE_MARKS = new Set(['-', '\u2013', '/', ':', '#', '+', '.', '@', '_', '&', '\\', '=', '^', '~', '*']);

/** Lower-case nouns that number things rather than count them ("season 2", "question 1", "route 66"). */
const ID_NOUNS = new Set([
  'season', 'episode', 'question', 'page', 'chapter', 'article', 'section', 'round', 'level', 'stage',
  'phase', 'act', 'grade', 'room', 'gate', 'terminal', 'platform', 'route', 'highway', 'interstate', 'flight',
  'channel', 'lane', 'exit', 'row', 'seat', 'pier', 'bay', 'line', 'track', 'game', 'hole', 'verse', 'category',
  'size', 'zone', 'ward', 'block', 'floor', 'apartment', 'lot', 'step', 'tier', 'version', 'model', 'series',
  'volume', 'issue', 'item', 'clause', 'amendment', 'paragraph', 'part', 'figure', 'table', 'box', 'suite', 'unit',
  'building', 'bus', 'car', 'train', 'station', 'district', 'no', 'nos', 'number', 'num', 'code', 'type', 'class',
  'division', 'league', 'camp', 'engine', 'squad', 'ward', 'match', 'leg', 'heat', 'lap',
]);

/** Verbs of hitting before "the six" / "the four" (a cricket boundary). */
const BOUNDARY_VERBS = new Set(['hit', 'hits', 'hitting', 'struck', 'strikes', 'smashed', 'smashes', 'clubbed', 'clubs', 'launched', 'hoisted', 'blasted']);
const CRICKET_AFTER = new Set(['off', 'over', 'into', 'onto', 'down', 'past', 'through', 'to', 'and', 'in']);

/** A match score after a team name ("Atletico Madrid 3-0"), unlike a model number ("Boeing 737-800"). */
function isScore(toks: Token[], j: number): boolean {
  const h = toks[j + 1];
  const b = toks[j + 2];
  return isHyphen(h) && !h.gap && isNum(b) && !b.gap && toks[j].value < 1000 && b.value < 200 && !toks[j].grouped;
}

/**
 * A counted noun right after the number makes it a count even after a word that usually numbers
 * things: "in his car three days after", "we train six-days-a-week" (not "season two").
 */
function countedAfter(toks: Token[], j: number): boolean {
  const n = toks[j + 1];
  if (isHyphen(n) && !n.gap && isWord(toks[j + 2]) && !toks[j + 2].gap && !capitalised(toks[j + 2])) return true;
  return isWord(n) && n.gap && !capitalised(n) && !PHRASE_STOPWORDS.has(n.lower) && isPlural(n.lower);
}

/** A scale word after the figure makes it an amount, not part of a name ("the BBC 4 million viewers"). */
function scaledAfter(toks: Token[], j: number): boolean {
  const n = toks[j + 1];
  return isWord(n) && n.gap && (n.lower === 'million' || n.lower === 'billion' || n.lower === 'trillion');
}

/** Words that put a fraction like "5/1" in betting odds. */
const ODDS_CUES = new Set([
  'odds', 'favourite', 'favourites', 'favorite', 'favorites', 'bookmaker', 'bookmakers', 'bookie', 'bookies',
  'punter', 'punters', 'bet', 'bets', 'betting', 'wager', 'wagers', 'outsider', 'priced',
]);

/**
 * Betting odds "66/1", "5/2": the first figure, unit odds. "N/1" always is; any other "N/M" (M up
 * to 20) only with a betting word within a few tokens. Never a date ("on 3/1") or a larger pair.
 */
function oddsAt(toks: Token[], j: number): Core | null {
  const t = toks[j];
  const s = toks[j + 1];
  const d = toks[j + 2];
  if (t.grouped || !s || s.text !== '/' || s.gap || !isNum(d) || d.gap || d.grouped) return null;
  if (d.value < 1 || d.value > 20 || t.value < 1 || toks[j + 3]?.text === '/') return null;
  const p = toks[j - 1];
  if (p && (p.kind === 'num' || CODE_MARKS.has(p.text) && !p.gap || lowerIs(p, 'on') || MONTHS.has(p.lower))) return null;
  let cue = d.value === 1 && t.value >= 2;
  for (let k = Math.max(0, j - 15); !cue && k < Math.min(toks.length, j + 15); k++) cue = ODDS_CUES.has(toks[k].lower);
  if (!cue) return null;
  return { first: j, last: j + 2, value: t.value, vague: false, currency: null, unit: 'odds' };
}

const QUOTE_MARKS = new Set(['"', "'", '\u2018', '\u2019', '\u201c', '\u201d']);

/** Emergency numbers, dialled rather than counted ("called 911"). */
const PHONE_NUMBERS = new Set(['911', '999', '112', '000', '111', '101']);

/** Whether the figure at j is a name or identifier ("Flight 9525", "No. 1", "COVID-19", "24/7"). */
function isIdentifier(toks: Token[], j: number): boolean {
  const t = toks[j];
  const p = toks[j - 1];
  const pp = toks[j - 2];
  if (p && !t.gap && p.kind === 'punct' && CODE_MARKS.has(p.text)) {
    // A hyphen is a code mark only when glued to a word or figure ("COVID-19", "114-3"), not " -5".
    if (!isHyphen(p) || (pp && !p.gap && pp.kind !== 'punct')) return true;
  }
  if (p && p.kind === 'word' && t.gap) {
    if (ID_NOUNS.has(p.lower) && !countedAfter(toks, j)) return true;
    if (hasUpper(p.text) && !NAME_STOPWORDS.has(p.lower) && !MONTHS.has(p.lower) && !WEEKDAYS.has(p.lower) && !isPossessive(p.text) && !isScore(toks, j) && !scaledAfter(toks, j)) return true;
  }
  // "No. 1"
  if (p && p.text === '.' && !p.gap && isWord(pp) && (pp.lower === 'no' || pp.lower === 'nos')) return true;
  const n = toks[j + 1];
  // "6:30", "24/7", "9/11"; not "there were 12: ..." (a colon that ends a clause).
  if (n && !n.gap && (n.text === '/' || n.text === ':') && isNum(toks[j + 2]) && !toks[j + 2].gap) return true;
  if (n && !n.gap && n.text === '/') return true;
  // A numbered list item: "5. Domestic politics matter."
  if ((j === 0 || (p && p.text === '.')) && n && n.text === '.' && !n.gap) {
    const after = toks[j + 2];
    if (!after || (after.gap && (after.kind !== 'word' || capitalised(after)))) return true;
  }
  if (PHONE_NUMBERS.has(t.text) && !(isWord(n) && isPlural(n.lower))) return true;
  // A figure inside quotation marks is a label ("the number '3'"); one opening a quoted title
  // before a capitalised word is a name ("\"30 Rock\"").
  if (p && QUOTE_MARKS.has(p.text) && !t.gap && (j < 2 || p.gap || toks[j - 2].kind === 'punct')) {
    if (n && QUOTE_MARKS.has(n.text) && !n.gap) return true;
    if (isWord(n) && n.gap && capitalised(n) && !isPlural(n.lower) && !MONTHS.has(n.lower)) return true;
  }
  // Digit groups in a row are a phone number or code ("+61 7 3251 6588"), not counts.
  if ((isNum(p) && t.gap) || (isNum(n) && n.gap)) return true;
  // An enumeration mark "(1)" that does not follow a name (ages do: "Jo Smith (38)").
  if (p && p.text === '(' && !t.gap && n && n.text === ')' && !n.gap && !(isWord(pp) && capitalised(pp))) return true;
  return false;
}

/** "bn" always scales; "m" scales when a counted noun follows ("1.2m people"), else it is metres ("100m sprint"). */
function gluedScaleCounts(toks: Token[], k: number): boolean {
  const w = toks[k].lower;
  if (w === 'bn' || w === 'mn' || w === 'tn') return true;
  const n = toks[k + 1];
  return w === 'm' && isWord(n) && n.gap && isPlural(n.lower);
}

/** Reads a figure at j (digits), with a glued or following scale; null when it is not a quantity. */
function readFigure(toks: Token[], j: number, currency: string | null): Core | null {
  const t = toks[j];
  if (!Number.isFinite(t.value)) return null;
  const money = currency !== null;
  if (!money) {
    // An age by decade: "in his mid-40s", "in their 20s".
    const g = toks[j + 1];
    if (lowerIs(g, 's') && !g.gap && !t.grouped && t.value >= 10 && t.value <= 90 && t.value % 10 === 0) {
      const d = decadeAge(toks, j, t.value);
      if (d) return d;
    }
  }
  if (!money) {
    const odds = oddsAt(toks, j);
    if (odds !== null) return odds;
  }
  if (!money && isIdentifier(toks, j)) return null;
  if (!money && (isDayOfMonth(toks, j) || isYear(toks, j, false))) return null;
  let value = t.value;
  let last = j;
  let unit: string | null = null;
  const n = toks[j + 1];
  if (n && !n.gap) {
    if (n.kind === 'word') {
      const w = n.lower;
      const scale = money || gluedScaleCounts(toks, j + 1) ? (MONEY_SCALES.get(w) ?? SCALES.get(w)) : SCALES.get(w);
      if (scale !== undefined) {
        value *= scale;
        last = j + 1;
      } else if (w === 's' && !(Number.isInteger(value) && value % 10 === 0)) {
        unit = 'second'; // "12.74s"; a round "1990s" or "20s" is a decade
        last = j + 1;
      } else if (NON_COUNT_SUFFIXES.has(w)) return null; // ordinal, decade, time of day
      else if (!money && MEASURE_ABBREVIATIONS.has(w)) {
        unit = MEASURE_ABBREVIATIONS.get(w) ?? null;
        last = j + 1;
      } else if (w === 'million' || w === 'billion') {
        last = j + 1;
      } else return null; // "3D", "4G": part of a name
    } else if ((n.text === "'" || n.text === '\u2019') && lowerIs(toks[j + 2], 's') && !toks[j + 2].gap) return null;
  } else if (n && n.text === '(' && isWord(toks[j + 2]) && CLOCK_WORDS.has(toks[j + 2].lower)) {
    return null; // "about 11 (a.m.)"
  } else if (n && n.kind === 'word') {
    if (CLOCK_WORDS.has(n.lower)) return null;
    const scale = SCALES.get(n.lower);
    if (scale !== undefined) {
      value *= scale;
      last = j + 1;
    }
  }
  // "289+ executions", "50+ people": a glued plus sign is a lower bound.
  const plus = toks[last + 1];
  if (plus && plus.text === '+' && !plus.gap && !(isNum(toks[last + 2]) && !toks[last + 2].gap)) {
    return { first: j, last: last + 1, value, vague: false, currency, unit, qualifier: 'AT_LEAST' };
  }
  return { first: j, last, value, vague: false, currency, unit };
}

/** Determiners that make a decade an age ("in his 40s", "in their twenties"), not a period. */
const AGE_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'your', 'our']);

/**
 * A decade of age at j ("40s" with its glued "s", or "forties"): "in his 40s" and "in his early
 * 40s" are the decade AT_LEAST, "in her mid-40s" its middle ABOUT. "late 40s" is left out: no
 * single value stands for it.
 */
function decadeAge(toks: Token[], j: number, decade: number): Core | null {
  const lastTok = toks[j + 1] !== undefined && lowerIs(toks[j + 1], 's') && !toks[j + 1].gap && toks[j].kind === 'num' ? j + 1 : j;
  let k = j - 1;
  let first = j;
  let mid = false;
  const p = toks[k];
  if (isHyphen(p) && !p.gap && !toks[j].gap && lowerIs(toks[k - 1], 'mid')) {
    first = k - 1;
    mid = true;
    k -= 2;
  } else if (lowerIs(p, 'mid') || lowerIs(p, 'early')) {
    first = k;
    mid = p.lower === 'mid';
    k--;
  }
  const det = toks[k];
  if (!isWord(det) || !AGE_POSSESSIVES.has(det.lower)) return null;
  return {
    first, last: lastTok, value: decade + (mid ? 5 : 0), vague: false, currency: null, unit: 'year',
    qualifier: mid ? 'ABOUT' : 'AT_LEAST',
  };
}

/** Parses spelled-out numbers from j: "seventy", "twenty-five", "two hundred", "three million". */
function parseWords(toks: Token[], j: number, seeded: boolean): { value: number; last: number; words: number } | null {
  let total = 0;
  let cur = seeded ? 1 : 0;
  let prev: '' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = seeded ? 'unit' : '';
  let last = -1;
  let words = 0;
  let k = j;
  while (k < toks.length) {
    const t = toks[k];
    if (t.kind !== 'word' || (k > j && !t.gap)) break;
    const w = t.lower;
    const tens = TENS.get(w);
    const small = SMALL_NUMBERS.get(w);
    if (tens !== undefined) {
      if (prev === 'unit' || prev === 'teen' || prev === 'tens') break;
      cur += tens;
      prev = 'tens';
      last = k++;
      words++;
      // "twenty-five"
      const h = toks[k];
      const u = toks[k + 1];
      if (isHyphen(h) && !h.gap && isWord(u) && !u.gap) {
        const uv = SMALL_NUMBERS.get(u.lower);
        if (uv !== undefined && uv < 10) {
          cur += uv;
          prev = 'unit';
          last = k + 1;
          k += 2;
        }
      }
      continue;
    }
    if (small !== undefined) {
      if (prev === 'unit' || prev === 'teen' || (prev === 'tens' && small >= 10)) break;
      cur += small;
      prev = small < 10 ? 'unit' : 'teen';
      last = k++;
      words++;
      continue;
    }
    if (w === 'hundred') {
      if (prev === '' || prev === 'hundred' || prev === 'and') break;
      cur = (cur || 1) * 100;
      prev = 'hundred';
      last = k++;
      words++;
      continue;
    }
    if (w === 'dozen') {
      if (prev === '' || prev === 'and') break;
      cur = (cur || 1) * 12;
      prev = 'scale';
      last = k++;
      words++;
      continue;
    }
    const scale = SCALES.get(w);
    if (scale !== undefined && scale >= 1000) {
      if (prev === '' || prev === 'and') break;
      total += (cur || 1) * scale;
      cur = 0;
      prev = 'scale';
      last = k++;
      words++;
      continue;
    }
    if (w === 'and' && (prev === 'hundred' || prev === 'scale')) {
      const n = toks[k + 1];
      if (isWord(n) && (SMALL_NUMBERS.has(n.lower) || TENS.has(n.lower))) {
        prev = 'and';
        k++;
        continue;
      }
    }
    break;
  }
  if (last < 0) return null;
  return { value: total + cur, last, words };
}

/** "and a half" after a number adds 0.5 ("two and a half years", "three-and-a-half years"). */
function andAHalf(toks: Token[], last: number): number {
  if (lowerIs(toks[last + 1], 'and') && lowerIs(toks[last + 2], 'a') && lowerIs(toks[last + 3], 'half')) return last + 3;
  // Hyphenated: number - and - a - half, every part glued.
  for (let k = 0; k < 3; k++) {
    const h = toks[last + 1 + 2 * k];
    const w = toks[last + 2 + 2 * k];
    if (!isHyphen(h) || h.gap || !isWord(w) || w.gap || w.lower !== ['and', 'a', 'half'][k]) return -1;
  }
  return last + 6;
}

function wordCore(first: number, last: number, value: number, unit: string | null = null): Core {
  return { first, last, value, vague: false, currency: null, unit };
}

/** Reads a number written in words at j; null when the word is not a quantity here. */
function readWordNumber(toks: Token[], j: number): Core | null {
  const t = toks[j];
  const w = t.lower;
  // "a dozen", "a hundred", "an estimated" is a qualifier, not a number
  if (w === 'a' || w === 'an') {
    const n = toks[j + 1];
    if (!isWord(n) || !n.gap) return null;
    if (n.lower === 'couple') return readCouple(toks, j, j + 1);
    if (n.lower === 'few') return readFewScale(toks, j, j + 2);
    // "a third of the members", "about a quarter of voters": a fraction, only before "of".
    const den = FRACTIONS.get(n.lower);
    if (den !== undefined && den > 2 && !n.lower.endsWith('s') && lowerIs(toks[j + 2], 'of') && !lowerIs(toks[j - 1], 'the')) {
      return wordCore(j, j + 1, 1 / den);
    }
    if (n.lower !== 'dozen' && n.lower !== 'hundred' && !(SCALES.has(n.lower) && n.lower !== 'hundred')) return null;
    const r = parseWords(toks, j + 1, true);
    return r ? wordCore(j, r.last, r.value) : null;
  }
  if (w === 'half') return readHalf(toks, j);
  if (w === 'several') return readFewScale(toks, j, j + 1);
  // "every couple of miles", "the next couple of days", "the first couple of fences".
  if (w === 'couple') {
    const p = toks[j - 1];
    if (lowerIs(p, 'every') || (isWord(p) && COUPLE_ORDER.has(p.lower) && lowerIs(toks[j + 1], 'of'))) return readCouple(toks, j, j);
    return null;
  }
  const times = TIMES_WORDS.get(w);
  if (times !== undefined) return wordCore(j, j, times, 'time');
  // Capitalised mid-sentence: part of a name ("Three Mile Island", "Ocean's Eleven").
  if (capitalised(t) && !sentenceStart(toks, j)) {
    if (SMALL_NUMBERS.has(w) || TENS.has(w) || VAGUE_AMOUNTS.has(w)) return null;
  }
  if (w === 'tens' || VAGUE_AMOUNTS.has(w)) return readVague(toks, j);
  const decade = DECADE_WORDS.get(w);
  if (decade !== undefined) return decadeAge(toks, j, decade);
  if (!SMALL_NUMBERS.has(w) && !TENS.has(w)) return null;
  // Fractions: "two-thirds", "one-third", "three quarters".
  const h = toks[j + 1];
  const d = isHyphen(h) && !h.gap ? toks[j + 2] : h;
  if (isWord(d) && (d === h ? d.gap : !d.gap) && FRACTIONS.has(d.lower)) {
    const num = SMALL_NUMBERS.get(w);
    const den = FRACTIONS.get(d.lower);
    const pluralForm = d.lower.endsWith('s');
    if (num !== undefined && den !== undefined && (d !== h || pluralForm) && (num === 1) !== pluralForm) {
      return wordCore(j, d === h ? j + 1 : j + 2, num / den);
    }
  }
  // "a six" (cricket), "a two" is a noun, not a count; "a two-hour delay" still counts.
  const p = toks[j - 1];
  if ((lowerIs(p, 'a') || lowerIs(p, 'an')) && !(isHyphen(h) && !h.gap) && !(isWord(h) && h.gap && HALF_UNITS.has(h.lower) && isWord(toks[j + 2]))) return null;
  // "season two", and the tail of a hyphenated name ("Ninety-Eight", "Catch-Twenty").
  if (isWord(p) && t.gap && ID_NOUNS.has(p.lower) && !countedAfter(toks, j)) return null;
  // "mother-of-two": a parent of that many children.
  if (isHyphen(p) && !t.gap && !p.gap && lowerIs(toks[j - 2], 'of') && isHyphen(toks[j - 3]) && isWord(toks[j - 4]) && PARENTS.has(toks[j - 4].lower)) {
    const r = parseWords(toks, j, false);
    if (r) return wordCore(j - 4, r.last, r.value, 'child');
  }
  if (isHyphen(p) && !t.gap && !p.gap && toks[j - 2] && toks[j - 2].kind !== 'punct') return null;
  // Cricket boundaries: "hit the ball for six off the last ball".
  if ((w === 'six' || w === 'four') && lowerIs(p, 'for') && (!isWord(h) || CRICKET_AFTER.has(h.lower))) return null;
  // "hit the six", "struck the four": the boundary itself, not a count.
  if ((w === 'six' || w === 'four') && lowerIs(p, 'the') && isWord(toks[j - 2]) && BOUNDARY_VERBS.has(toks[j - 2].lower) && !(isWord(h) && h.gap)) return null;
  // "a day or two", "a dog or two": at most two of the noun, the span from "a".
  if (w === 'two' && lowerIs(p, 'or') && isWord(toks[j - 2]) && (lowerIs(toks[j - 3], 'a') || lowerIs(toks[j - 3], 'an'))) {
    const noun = toks[j - 2];
    if (!capitalised(noun) && !PHRASE_STOPWORDS.has(noun.lower) && !isPlural(noun.lower)) {
      return { first: j - 3, last: j, value: 2, vague: false, currency: null, unit: noun.lower, qualifier: 'AT_MOST' };
    }
  }
  // "putting two and two together", "one by one": an idiom that repeats the number word.
  if ((lowerIs(h, 'and') || lowerIs(h, 'by')) && lowerIs(toks[j + 2], w)) return null;
  if ((lowerIs(p, 'and') || lowerIs(p, 'by')) && lowerIs(toks[j - 2], w)) return null;
  const r = parseWords(toks, j, false);
  if (!r) return null;
  let { value, last } = r;
  const half = andAHalf(toks, last);
  if (half > 0) {
    value += 0.5;
    last = half;
  }
  // The number one written alone is not a statistic; a qualified one is ("at least one of them").
  if (value === 1 && r.words === 1 && !oneCounts(toks, j, last)) return null;
  return wordCore(j, last, value);
}

/** Qualifiers that make "one" a count ("at least one", "nearly one in five"); not "over one weekend". */
const ONE_QUALIFIERS = new Set(['least', 'than', 'to', 'most', 'of', 'nearly', 'almost', 'approximately', 'roughly']);

/** Whether "one" at j (ending at `last`) counts: qualified, "one or more", or a ratio ("one in five"). */
function oneCounts(toks: Token[], j: number, last: number): boolean {
  const q = readQualifier(toks, j);
  // "led up to one of many moments" is a phrasal verb, not "at most one".
  if (q && ONE_QUALIFIERS.has(toks[j - 1].lower) && !(toks[j - 1].lower === 'to' && lowerIs(toks[last + 1], 'of'))) return true;
  if (lowerIs(toks[last + 1], 'or') && isWord(toks[last + 2]) && OR_BOUNDS.has(toks[last + 2].lower)) return true;
  return ratioAt(toks, last, 1) !== null;
}

/** "or more" / "or fewer" after a number: its qualifier. */
const OR_BOUNDS: ReadonlyMap<string, StatisticQualifier> = new Map([
  ['more', 'AT_LEAST'], ['fewer', 'AT_MOST'], ['less', 'AT_MOST'], ['greater', 'AT_LEAST'],
]);

/** A plain number value at token k (figure or number word), with its last token; null otherwise. */
function plainNumberAt(toks: Token[], k: number): { value: number; last: number } | null {
  const t = toks[k];
  if (t === undefined) return null;
  if (t.kind === 'num') {
    if (!Number.isFinite(t.value)) return null;
    const n = toks[k + 1];
    const scale = isWord(n) ? SCALES.get(n.lower) : undefined;
    return scale !== undefined && n.gap ? { value: t.value * scale, last: k + 1 } : { value: t.value, last: k };
  }
  if (t.kind !== 'word' || !(SMALL_NUMBERS.has(t.lower) || TENS.has(t.lower))) return null;
  const r = parseWords(toks, k, false);
  return r ? { value: r.value, last: r.last } : null;
}

/**
 * A ratio after the number ending at `last`: "1 in 100 adults", "one out of every four people".
 * Returns the last token of the denominator; its noun is read by the caller. Not "2 in 10 minutes".
 */
function ratioAt(toks: Token[], last: number, value: number): number | null {
  let k = last + 1;
  let sure = false;
  if (lowerIs(toks[k], 'in')) k++;
  else if (lowerIs(toks[k], 'out') && lowerIs(toks[k + 1], 'of')) {
    k += 2;
    sure = true;
  } else return null;
  if (lowerIs(toks[k], 'every')) {
    k++;
    sure = true;
  }
  const d = plainNumberAt(toks, k);
  if (!d || d.value <= value) return null;
  const dt = toks[k];
  // "778 in 2013": a year, not a denominator.
  if (dt.kind === 'num' && !dt.grouped && dt.text.length === 4 && dt.value >= 1000 && dt.value <= 2099) return null;
  if (!sure) {
    const n = toks[d.last + 1];
    if (isWord(n) && DURATION_UNITS.has(singular(n.lower))) return null;
    if (n && (n.text === '%' || lowerIs(n, 'percent'))) return null;
    // A bare "N in M" is a ratio with a round denominator ("4 in 10", "one in five"), not "nine in 41".
    const plural = isWord(n) && n.gap && isPlural(n.lower);
    if (!plural && d.value > 10 && d.value % 10 !== 0) return null;
  }
  return d.last;
}

/** "a couple of soldiers", "a couple times", "every couple of miles", "a couple hundred": 2. */
function readCouple(toks: Token[], first: number, k: number): Core | null {
  const n = toks[k + 1];
  if (!isWord(n) || !n.gap) return null;
  const scale = SCALES.get(n.lower);
  if (scale !== undefined) return wordCore(first, k + 1, 2 * scale);
  // "a couple of hundred pounds"
  const ofScale = n.lower === 'of' && isWord(toks[k + 2]) ? SCALES.get(toks[k + 2].lower) : undefined;
  if (ofScale !== undefined) return wordCore(first, k + 2, 2 * ofScale);
  if (n.lower === 'of' || n.lower === 'more' || (isPlural(n.lower) && !capitalised(n))) {
    return { first, last: k, value: 2, vague: false, currency: null, unit: null, of: true };
  }
  return null;
}

/** Words before "couple of" that make it a count of two ("the past couple of weeks"). */
const COUPLE_ORDER = new Set(['first', 'last', 'next', 'past', 'final', 'previous', 'coming', 'following', 'other']);

/** "a few hundred people", "several thousand troops": like "hundreds", at least twice the scale. */
function readFewScale(toks: Token[], first: number, k: number): Core | null {
  let scale = 1;
  let last = -1;
  for (; isWord(toks[k]) && toks[k].gap && SCALES.has(toks[k].lower); k++) {
    scale *= SCALES.get(toks[k].lower) ?? 1;
    last = k;
  }
  if (last < 0) return null;
  return { first, last, value: 2 * scale, vague: true, currency: null, unit: null };
}

/** Words before "half of" that make it a part of a period or match, not a share ("the first half of"). */
const HALF_BLOCKERS = new Set([
  'first', 'second', 'the', 'a', 'other', 'latter', 'back', 'front', 'top', 'bottom', 'opening', 'closing', 'final',
  'earlier', 'later', 'northern', 'southern', 'eastern', 'western', 'better', 'upper', 'lower', 'one',
]);

/** "half a million" (500000), "half an inch" (0.5 inch), "half a dozen" (6), "(more than) half of them" (0.5). */
function readHalf(toks: Token[], j: number): Core | null {
  const a = toks[j + 1];
  const n = toks[j + 2];
  if (lowerIs(a, 'of') && !(isWord(toks[j - 1]) && HALF_BLOCKERS.has(toks[j - 1].lower))) return wordCore(j, j, 0.5);
  if (!(lowerIs(a, 'a') || lowerIs(a, 'an')) || !isWord(n)) return null;
  if (n.lower === 'dozen') return wordCore(j, j + 2, 6);
  const scale = SCALES.get(n.lower);
  if (scale !== undefined) return wordCore(j, j + 2, scale / 2);
  const unit = HALF_UNITS.get(n.lower);
  if (unit !== undefined && !(n.lower === 'second' && isWord(toks[j + 3]) && !PHRASE_STOPWORDS.has(toks[j + 3].lower))) {
    return wordCore(j, j + 2, 0.5, unit);
  }
  return null;
}

/** "dozens", "hundreds of thousands", "tens of thousands", "scores wounded": conventional values. */
function readVague(toks: Token[], j: number): Core | null {
  const w = toks[j].lower;
  const base = w === 'tens' ? 20 : (VAGUE_AMOUNTS.get(w) ?? 0);
  const n = toks[j + 1];
  const scaleWord = lowerIs(n, 'of') && isWord(toks[j + 2]) ? toks[j + 2].lower : '';
  const scale = scaleWord === 'thousands' ? 1e3 : scaleWord === 'millions' ? 1e6 : scaleWord === 'billions' ? 1e9 : 0;
  if (scale && w !== 'scores' && w !== 'dozens') {
    return { first: j, last: j + 2, value: base * scale, vague: true, currency: null, unit: null };
  }
  if (w === 'tens') return null;
  if (w === 'scores') {
    const p = toks[j - 1];
    if (!isWord(n) || !SCORES_NEXT.has(n.lower)) return null;
    if (p && (SCORES_BLOCKERS.has(p.lower) || isPossessive(p.text))) return null;
  }
  return { first: j, last: j, value: base, vague: true, currency: null, unit: null };
}

/** Reads a money amount or figure or number word starting at token i. */
function readCore(toks: Token[], i: number): Core | null {
  const t = toks[i];
  if (t.kind === 'punct') {
    const code = CURRENCY_SYMBOLS.get(t.text);
    if (code === undefined || !isNum(toks[i + 1])) return null;
    let currency = code;
    let first = i;
    const p = toks[i - 1];
    if (t.text === '$' && p && !t.gap && p.kind === 'word') {
      const prefixed = DOLLAR_PREFIXES.get(p.lower);
      if (prefixed === undefined) return null;
      currency = prefixed;
      first = i - 1;
    }
    const c = readFigure(toks, i + 1, currency);
    if (!c) return null;
    c.first = first;
    return c;
  }
  if (t.kind === 'num') return readFigure(toks, i, null);
  return readWordNumber(toks, i);
}

// ---------------------------------------------------------------------------------------------
// Reading what the number counts

/** Whether "pounds" after a figure is money: a money word or "£" nearby. */
function moneyNearby(toks: Token[], j: number): boolean {
  const a = Math.max(0, j - 12);
  const b = Math.min(toks.length, j + 12);
  for (let k = a; k < b; k++) if (toks[k].text === '£' || MONEY_CUES.has(toks[k].lower)) return true;
  return false;
}

/** Unit words right after the number: "%", "percent", "per cent", currency words, "20 km". */
function readUnitWord(toks: Token[], last: number): { unit: string; last: number; money: boolean } | null {
  const n = toks[last + 1];
  if (!n) return null;
  if (n.text === '%') return { unit: 'percent', last: last + 1, money: false };
  if (n.kind !== 'word') return null;
  const w = n.lower;
  if (w === 'percent' || w === 'pct') return { unit: 'percent', last: last + 1, money: false };
  if (w === 'per' && lowerIs(toks[last + 2], 'cent')) return { unit: 'percent', last: last + 2, money: false };
  if (w === 'percentage' && (lowerIs(toks[last + 2], 'points') || lowerIs(toks[last + 2], 'point'))) {
    return { unit: 'percentage point', last: last + 2, money: false };
  }
  const nation = DOLLAR_NATIONS.get(w);
  if (nation !== undefined && (lowerIs(toks[last + 2], 'dollars') || lowerIs(toks[last + 2], 'dollar'))) {
    return { unit: nation, last: last + 2, money: true };
  }
  const code = CURRENCY_WORDS.get(w);
  if (code !== undefined && !capitalised(n)) {
    if (w === 'pounds' || w === 'pound') {
      return moneyNearby(toks, last) ? { unit: 'GBP', last: last + 1, money: true } : { unit: 'pound', last: last + 1, money: false };
    }
    return { unit: code, last: last + 1, money: true };
  }
  // Spelled-out measure abbreviations that are not ordinary words ("20 km", "50 mph").
  if (w.length >= 2 && w !== 'in' && w !== 'st' && w !== 'sq' && w !== 'ha' && MEASURE_ABBREVIATIONS.has(w)) {
    return { unit: MEASURE_ABBREVIATIONS.get(w) ?? w, last: last + 1, money: false };
  }
  return null;
}

/** A glued compound after the number: "28-year-old", "two-hour", "7-mile-long", "28,000-student". */
interface Compound {
  unit: string | null;
  last: number;
  /** Token index of the second figure of a range or score ("114-3"), else -1. */
  other: number;
  /** A fixed expression such as "six-pack": not a statistic at all. */
  lexical: boolean;
}

function readCompound(toks: Token[], last: number): Compound | null {
  const h = toks[last + 1];
  const w = toks[last + 2];
  if (!isHyphen(h) || h.gap || !w || w.gap) return null;
  if (w.kind === 'num') return { unit: null, last, other: last + 2, lexical: false }; // range or score: "114-3"
  if (w.kind !== 'word') return null;
  if (w.lower === 'a' || w.lower === 'an' || w.lower === 'per' || w.lower === 'odd' || w.lower === 'plus') return null;
  // Lexicalised compounds name a thing, not a count ("a six-pack" of abdominal muscles).
  if (LEXICALISED.has(`${toks[last].lower}-${w.lower}`)) return { unit: null, last: last + 2, other: -1, lexical: true };
  let e = last + 2;
  while (isHyphen(toks[e + 1]) && !toks[e + 1].gap && isWord(toks[e + 2]) && !toks[e + 2].gap) e += 2;
  return { unit: singular(w.lower), last: e, other: -1, lexical: false };
}

const LEXICALISED = new Set(['six-pack', 'four-poster', 'two-step', 'three-pointer', 'nine-to', 'four-wheel', 'four-by']);

interface NounPhrase {
  first: number;
  last: number;
  unit: string;
}

/** The counted noun phrase after a number: up to four modifiers and a plural head ("armored vehicles"). */
function readNoun(toks: Token[], k: number, singularOk: boolean): NounPhrase | null {
  const first = k;
  let mods = 0;
  for (; k < toks.length && mods <= 4; k++) {
    const t = toks[k];
    if (t.kind !== 'word') {
      // a glued hyphen inside a modifier ("well-armed", "al-Qaeda")
      if (isHyphen(t) && !t.gap && k > first && isWord(toks[k + 1]) && !toks[k + 1].gap) continue;
      return null;
    }
    if (k > first && !t.gap && !isHyphen(toks[k - 1])) return null;
    const w = t.lower;
    if (k === first) {
      const head = FIRST_HEADS.get(w);
      if (head !== undefined) return { first, last: k, unit: head };
    }
    // "three more workers", "five more years"
    if (w === 'more' && k === first && isWord(toks[k + 1]) && isPlural(toks[k + 1].lower)) continue;
    if (PHRASE_STOPWORDS.has(w)) {
      // "Six University of South Carolina students"
      if (w === 'of' && k > first && capitalised(toks[k - 1]) && isWord(toks[k + 1]) && capitalised(toks[k + 1])) continue;
      return null;
    }
    if (SMALL_NUMBERS.has(w) || TENS.has(w) || MONTHS.has(w) && capitalised(t) || WEEKDAYS.has(w)) return null;
    if (isPlural(w) && !(isHyphen(toks[k + 1]) && !toks[k + 1].gap)) return { first, last: k, unit: unitOf(toks, first, k) };
    if (singularOk && k === first && !capitalised(t)) return { first, last: k, unit: w };
    mods++;
  }
  return null;
}

/** Up to three plain lower-case words after a sum ("$1.5 billion aid effort"), for its subject. */
function readWordsAfter(toks: Token[], k: number): NounPhrase | null {
  let e = k - 1;
  while (e + 1 < toks.length && e - k < 2) {
    const t = toks[e + 1];
    if (t.kind !== 'word' || !t.gap || capitalised(t) || PHRASE_STOPWORDS.has(t.lower) || START_WORDS.has(t.lower)) break;
    if (t.lower.endsWith('ly') || t.lower.endsWith('ed') || t.lower.endsWith('ing')) break;
    e++;
  }
  return e >= k ? { first: k, last: e, unit: toks[e].lower } : null;
}

/** The unit of a noun phrase: the singular head with its noun-like modifiers ("college student"). */
function unitOf(toks: Token[], first: number, head: number): string {
  const h = toks[head];
  const base = h.text.toUpperCase() === h.text && h.text.length > 1 ? singular(h.text) : capitalised(h) ? singular(h.text) : singular(h.lower);
  const parts: string[] = [base];
  for (let k = head - 1; k >= first; k--) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    const acronym = t.text.length > 1 && t.text.toUpperCase() === t.text && t.text.indexOf('.') < 0;
    // Adverbs and plain adjectives describe; they are not part of the unit ("relatively small boats").
    const plain = PLAIN_ADJECTIVES.has(t.lower) || t.lower.endsWith('ly');
    const keep = capitalised(h) ? capitalised(t) : (!capitalised(t) && !plain) || acronym;
    if (!keep) break;
    parts.unshift(t.text);
  }
  return parts.join(' ');
}

const RANK_WORDS = new Set(['top', 'last', 'final', 'bottom']);

/** A bare number that gives an age: "Leon Smith, 55,", "(38)", "aged 15", "turns 6", "At 18,". */
function isAge(toks: Token[], c: Core): boolean {
  const t = toks[c.first];
  if (lowerIs(toks[c.first - 1], 'of') && lowerIs(toks[c.first - 2], 'age')) return true;
  if (c.first !== c.last || t.kind !== 'num' || t.grouped || t.value < 1 || t.value > 120) return false;
  const p = toks[c.first - 1];
  const pp = toks[c.first - 2];
  const n = toks[c.first + 1];
  if (p && p.kind === 'word' && AGE_VERBS.has(p.lower)) return true;
  if (p && lowerIs(p, 'of') && lowerIs(pp, 'age')) return true;
  const closes = !n || n.text === ',' || n.text === '.' || n.text === ')' || n.text === ';' || lowerIs(n, 'and') || lowerIs(n, 'from') || lowerIs(n, 'of');
  if (p && p.text === ',' && pp && ((pp.kind === 'word' && capitalised(pp) && !MONTHS.has(pp.lower) && !WEEKDAYS.has(pp.lower)) || pp.text === ')')) return closes;
  if (p && p.text === '(' && pp && capitalised(pp) && n && n.text === ')') return true;
  if (lowerIs(p, 'at') && n && n.text === ',') return true;
  return false;
}

/**
 * Words after which "about" is a preposition ("a film about four boys", "talked about two
 * options"), not "approximately".
 */
const ABOUT_TOPIC_WORDS = new Set([
  'film', 'films', 'movie', 'movies', 'book', 'books', 'story', 'stories', 'documentary', 'article', 'report',
  'reports', 'question', 'questions', 'talk', 'talks', 'talked', 'talking', 'think', 'thinking', 'thought', 'know',
  'knew', 'known', 'worry', 'worried', 'worries', 'concerned', 'concern', 'concerns', 'care', 'cares', 'cared',
  'learn', 'learned', 'learnt', 'read', 'wrote', 'write', 'writes', 'written', 'writing', 'joke', 'joked', 'jokes',
  'complain', 'complained', 'complaints', 'something', 'anything', 'nothing', 'everything', 'information',
  'details', 'song', 'songs', 'play', 'show', 'shows', 'news', 'debate', 'speak', 'speaks', 'spoke', 'spoken', 'hear',
  'heard', 'tell', 'tells', 'told', 'ask', 'asks', 'asked', 'how', 'what', 'feel', 'felt', 'upset', 'angry', 'happy',
  'excited', 'curious', 'sure', 'letter', 'email', 'tweet', 'tweeted', 'post', 'posted', 'statement', 'comment',
  'comments', 'lie', 'lied', 'lies', 'truth', 'myth', 'myths', 'tale', 'program', 'programme', 'novel', 'poem',
  'explain', 'explained', 'warn', 'warned', 'warning', 'fear', 'fears', 'doubts', 'rumors', 'rumours', 'allegations',
  'facts', 'things', 'series', 'lesson', 'lessons', 'memoir', 'musical', 'opera', 'drama', 'comedy', 'thriller',
  'dream', 'dreamed', 'forget', 'forgot', 'remember', 'cry', 'laugh', 'laughed', 'argue', 'argued', 'quarrel',
  'bring', 'brought', 'come', 'came', 'set', 'go', 'went', 'serious', 'passionate', 'right', 'wrong', 'clear',
  'written', 'stories', 'reporting', 'reported', 'lying', 'mad', 'crazy',
]);
/** Speech verbs: "about" after one approximates a figure, except before an age ("said about 17-year-old X"). */
const SPEECH_VERBS = new Set(['said', 'say', 'says', 'saying']);
/** Words after which "over" is a preposition ("a dispute over two islands"), not "more than". */
const OVER_TOPIC_WORDS = new Set([
  'dispute', 'disputes', 'row', 'rows', 'argument', 'arguments', 'fight', 'fights', 'fought', 'fighting', 'clash',
  'clashed', 'clashes', 'battle', 'battles', 'concern', 'concerns', 'control', 'war', 'feud', 'tension', 'tensions',
  'standoff', 'split', 'jurisdiction', 'sovereignty', 'claims', 'lead', 'win', 'victory', 'advantage', 'edge', 'looked',
  'look', 'looking', 'hand', 'handed', 'hands', 'turn', 'turned', 'took', 'take', 'taken', 'jumped', 'jump', 'flew',
  'fly', 'climbed', 'fell', 'fallen', 'knocked', 'ran', 'run', 'triumph', 'fork', 'forks', 'forked', 'forking',
  'sign', 'signs', 'signed', 'signing', 'pass', 'passed', 'give', 'gave', 'given', 'handing', 'turning', 'hands',
]);

/** Qualifier phrase ending right before token `first`: its qualifier and first token. */
/**
 * QUALIFIER_PHRASES by their last word, each list in the table's order: only phrases ending in the
 * word before the number can match, so the others are never tried.
 */
const QUALIFIERS_BY_LAST = new Map<string, (typeof QUALIFIER_PHRASES)[number][]>();
for (const entry of QUALIFIER_PHRASES) {
  const last = entry[0][entry[0].length - 1];
  const list = QUALIFIERS_BY_LAST.get(last);
  if (list) list.push(entry);
  else QUALIFIERS_BY_LAST.set(last, [entry]);
}

function readQualifier(toks: Token[], first: number): { qualifier: StatisticQualifier; first: number } | null {
  // A closing quotation mark glued to the qualifier stays out of the way: 'approximately" 53 dogs'.
  const q = toks[first - 1];
  const end = q && QUOTE_MARKS.has(q.text) && !q.gap && isWord(toks[first - 2]) && toks[first].gap ? first - 1 : first;
  const lastWord = toks[end - 1];
  const candidates = isWord(lastWord) ? QUALIFIERS_BY_LAST.get(lastWord.lower) : undefined;
  if (candidates === undefined) return null;
  for (const [words, qualifier] of candidates) {
    const start = end - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = lowerIs(toks[start + k], words[k]);
    if (!ok) continue;
    const before = toks[start - 1];
    // "could not go any farther than seven feet": a negated comparison bounds nothing.
    if (words.length === 2 && words[1] === 'than' && lowerIs(before, 'any')) return null;
    if (words.length === 1 && isWord(before)) {
      if (words[0] === 'about' && ABOUT_TOPIC_WORDS.has(before.lower)) return null;
      // "says about one-third" approximates; "said about 17-year-old Gabby" is a preposition.
      if (words[0] === 'about' && SPEECH_VERBS.has(before.lower) && isHyphen(toks[first + 1]) && lowerIs(toks[first + 2], 'year')) return null;
      if (words[0] === 'over' && OVER_TOPIC_WORDS.has(before.lower)) return null;
    }
    return { qualifier, first: start };
  }
  return null;
}

/** Past participle after the statistic ("38 people have been killed" -> "killed"), for the subject. */
function participleAfter(toks: Token[], last: number): number {
  let k = last + 1;
  for (let steps = 0; steps < 4 && isWord(toks[k]) && AUXILIARIES.has(toks[k].lower); steps++) k++;
  const t = toks[k];
  if (!isWord(t) || capitalised(t)) return -1;
  return (t.lower.length > 4 && t.lower.endsWith('ed')) || PARTICIPLES.has(t.lower) ? k : -1;
}

// ---------------------------------------------------------------------------------------------
// The scan

/**
 * Memory used to carry a unit to an elided count ("Of those, 21 have died"): the last counted
 * unit, kept for the rest of its paragraph and the next one (paragraph breaks may be inferred).
 */
interface Carry {
  paragraph: number;
  countParagraph: number;
  countUnit: string | null;
  moneyUnit: string | null;
  moneySentence: number;
}

function readStatistic(toks: Token[], i: number, skip: number[], carry: Carry, sentenceStartPos: number): Found | null {
  const c = readCore(toks, i);
  if (!c) return null;
  let last = c.last;
  let unit = c.unit ?? c.currency;
  let nounFirst = -1;
  let nounLast = -1;
  let money = c.currency !== null;
  let rangeOther = -1;
  // "the two biggest sources", "its 10 most popular songs": a determiner count, not a statistic.
  if (!c.vague && !money && c.unit === null && isDeterminerCount(toks, c)) return null;
  // "three or more people", "one or more of the girls": a bound after the number.
  let after: StatisticQualifier | null = null;
  if (!c.vague && lowerIs(toks[last + 1], 'or') && isWord(toks[last + 2])) {
    const b = OR_BOUNDS.get(toks[last + 2].lower);
    if (b !== undefined) {
      after = b;
      last += 2;
    }
  }
  // "1 in 100 adults", "one out of every four people": one statistic, the denominator is part of it.
  let ratio = false;
  if (!c.vague && !money && c.unit === null && after === null) {
    const r = ratioAt(toks, last, c.value);
    if (r !== null) {
      last = r;
      ratio = true;
      const np = readNoun(toks, r + 1, false);
      if (np) {
        unit = np.unit;
        nounFirst = np.first;
        nounLast = np.last;
        last = np.last;
      }
    }
  }
  if (!unit && !c.vague && !ratio) {
    const u = readUnitWord(toks, last);
    if (u) {
      unit = u.unit;
      last = u.last;
      money = u.money;
    }
  }
  let compound = false; // "7-mile-long island": the unit describes, it is not what is counted
  if (!unit && !c.vague && !ratio) {
    const comp = readCompound(toks, last);
    if (comp) {
      if (comp.lexical) return null;
      if (comp.other >= 0) {
        skip[comp.other] = 1;
        if (isCountedRange(toks, c, comp.other)) rangeOther = comp.other;
        // A range takes the noun after its second figure ("10-15 years").
        const np = readNoun(toks, comp.other + 1, false);
        if (np) {
          unit = np.unit;
          nounFirst = np.first;
          nounLast = np.last;
          last = np.last;
        }
      } else {
        unit = comp.unit;
        last = comp.last;
        compound = true;
      }
    }
  }
  // "a two year hiatus", "a five mile walk": a singular measure noun makes an unhyphenated compound.
  if (!unit && !c.vague && !ratio && c.value > 1) {
    const m = toks[last + 1];
    const measure = isWord(m) && m.gap && !capitalised(m) ? HALF_UNITS.get(m.lower) : undefined;
    const after = toks[last + 2];
    if (measure !== undefined && m.lower !== 'point' && m.lower !== 'percent' && m.lower !== 'second' && isWord(after) && after.gap && !PHRASE_STOPWORDS.has(after.lower)) {
      unit = measure;
      last += 1;
      compound = true;
    }
  }
  let counted = unit !== null || ratio;
  // What a share or sum is of: "two-thirds of Americans", "40 percent of voters", "$5 billion aid package".
  if (counted && !compound && (unit === 'percent' || money)) {
    const np = lowerIs(toks[last + 1], 'of') ? readNoun(toks, last + 2, false) : money ? readWordsAfter(toks, last + 1) : null;
    if (np) {
      nounFirst = np.first;
      nounLast = np.last;
    }
  } else if (!counted && c.value < 1 && lowerIs(toks[last + 1], 'of')) {
    const np = readNoun(toks, last + 2, false);
    if (np) {
      unit = np.unit;
      nounFirst = np.first;
      nounLast = np.last;
      counted = true;
    }
  }
  if (!counted) {
    // Vague amounts take "of": "hundreds of regime forces", "millions of people".
    const start = (c.vague || c.of === true) && lowerIs(toks[last + 1], 'of') ? last + 2 : last + 1;
    const np = readNoun(toks, start, c.first === c.last && c.value === 1 && (toks[c.first].kind === 'num' || toks[c.first].lower === 'one'));
    if (np) {
      // "thousands of dollars", "millions of pounds": money, not a counted noun.
      const money = CURRENCY_WORDS.get(toks[np.last].lower);
      unit = money !== undefined && np.first === np.last ? money : np.unit;
      nounFirst = np.first;
      nounLast = np.last;
      last = np.last;
      counted = true;
    }
  }
  // "two or three years": the first figure shares the noun of the second (its span stays its own).
  if (!counted && !c.vague && (lowerIs(toks[last + 1], 'or') || lowerIs(toks[last + 1], 'to'))) {
    const o = toks[last + 2];
    if (o && (o.kind === 'num' || (o.kind === 'word' && (SMALL_NUMBERS.has(o.lower) || TENS.has(o.lower))))) {
      const np = readNoun(toks, last + 3, false);
      if (np) {
        unit = np.unit;
        counted = true;
      }
    }
  }
  // A partitive: "three of her children", "at least one of the girls".
  if (!counted && lowerIs(toks[last + 1], 'of') && isWord(toks[last + 2]) && PARTITIVE_DETS.has(toks[last + 2].lower)) {
    const np = readNoun(toks, last + 3, false);
    // Not into a name ("the last eight of the European Champions League").
    if (np && !capitalised(toks[np.first])) {
      unit = np.unit;
      nounFirst = np.first;
      nounLast = np.last;
      last = np.last;
      counted = true;
    }
  }
  // "a couple" with nothing counted after it is a pair of people, or an idiom: not a figure.
  if (!counted && c.of === true) return null;
  let first = c.first;
  // "father of three" (children), "age of 15".
  const p = toks[first - 1];
  if (!counted && lowerIs(p, 'of') && isWord(toks[first - 2]) && PARENTS.has(toks[first - 2].lower)) {
    unit = 'child';
    first -= 2;
    counted = true;
  }
  if (!counted && isAge(toks, c)) {
    unit = 'year';
    counted = true;
  }
  // "the last eight", "a top four place": a rank, not a count, unless a counted noun follows.
  if (!counted && isWord(p) && RANK_WORDS.has(p.lower)) return null;
  if (!counted && c.vague) unit = 'people';
  if (!counted && !c.vague && unit === null) {
    if (lowerIs(toks[last + 1], 'on') && lowerIs(toks[last + 2], 'board')) unit = 'people';
    else if (populationNearby(toks, c.first)) unit = 'people';
    else if (carry.moneyUnit && carry.moneySentence === sentenceStartPos) unit = carry.moneyUnit;
    else if (carry.countUnit && carry.paragraph - carry.countParagraph <= 1) unit = carry.countUnit;
  }
  let qualifier: StatisticQualifier = c.qualifier ?? (c.vague ? 'AT_LEAST' : 'EXACT');
  if (!c.vague && c.qualifier === undefined) {
    const q = readQualifier(toks, first);
    if (q) {
      qualifier = q.qualifier;
      first = q.first;
    } else if (after !== null) {
      qualifier = after;
    } else if (rangeLowerBound(toks, c)) {
      // "two or three decisions", "between eight and 12": the lower figure is a minimum.
      qualifier = 'AT_LEAST';
      if (lowerIs(toks[first - 1], 'between')) first--;
    } else if (betweenUpper(toks, first, c.value)) {
      qualifier = 'AT_MOST';
    } else {
      // "one or two muffins": the upper figure of "N or M" is at most M, its span from N.
      const lower = orLowerBound(toks, first, c.value);
      if (lower >= 0) {
        qualifier = 'AT_MOST';
        first = lower;
      }
    }
  }
  if (money && unit) {
    carry.moneyUnit = unit;
    carry.moneySentence = sentenceStartPos;
  } else if (unit && !compound && !DURATION_UNITS.has(unit) && unit !== 'percent') {
    carry.countUnit = unit;
    carry.countParagraph = carry.paragraph;
  }
  return { first, last, value: c.value, qualifier, unit, nounFirst, nounLast, rangeOther };
}

/** Determiners of a partitive "of" phrase ("two of the victims", "one of her sons"). */
const PARTITIVE_DETS = new Set(['the', 'those', 'these', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Determiners before a count used with a superlative ("the two biggest"). */
const COUNT_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'these', 'those']);

/** "the two biggest sources", "Britain's three largest banks": the count only picks out a set. */
function isDeterminerCount(toks: Token[], c: Core): boolean {
  const n = toks[c.last + 1];
  if (!isWord(n) || !n.gap || !SUPERLATIVES.has(n.lower)) return false;
  const p = toks[c.first - 1];
  return isWord(p) && (COUNT_DETERMINERS.has(p.lower) || isPossessive(p.text));
}

/**
 * "N or M" before the figure at `first` (N below M): the index of N, else -1. "two or three"
 * leaves N its own statistic; only the span and qualifier of M change.
 */
function orLowerBound(toks: Token[], first: number, value: number): number {
  if (!lowerIs(toks[first - 1], 'or')) return -1;
  // The longest number of up to four tokens ending right before "or" ("twenty-five or thirty").
  for (let k = Math.max(0, first - 5); k <= first - 2; k++) {
    const r = plainNumberAt(toks, k);
    if (r && r.last === first - 2) return r.value < value ? k : -1;
  }
  return -1;
}

/** The lower figure of "N or M" or "between N and M" (N below M). */
function rangeLowerBound(toks: Token[], c: Core): boolean {
  const link = toks[c.last + 1];
  const between = lowerIs(toks[c.first - 1], 'between');
  if (!(lowerIs(link, 'or') || (between && lowerIs(link, 'and')))) return false;
  const o = plainNumberAt(toks, c.last + 2);
  return o !== null && o.value > c.value && !(toks[c.last + 2].kind === 'num' && isYear(toks, c.last + 2, false));
}

/** The upper figure of "between N and M": at most M. */
function betweenUpper(toks: Token[], first: number, value: number): boolean {
  if (!lowerIs(toks[first - 1], 'and')) return false;
  for (let k = Math.max(0, first - 6); k <= first - 2; k++) {
    const r = plainNumberAt(toks, k);
    if (r && r.last === first - 2) return r.value < value && lowerIs(toks[k - 1], 'between');
  }
  return false;
}

/** A range whose second figure is also a count ("aged 18-35", "10-15 years"), unlike a score ("114-3"). */
function isCountedRange(toks: Token[], c: Core, other: number): boolean {
  const o = toks[other];
  if (o.grouped || c.value >= o.value || c.first !== c.last) return false;
  const p = toks[c.first - 1];
  if (isWord(p) && (AGE_VERBS.has(p.lower) || p.lower === 'between' || p.lower === 'ages')) return true;
  const n = toks[other + 1];
  // "the 18-34 age range", "the 25-34 age group"
  if (lowerIs(n, 'age') && n.gap) return true;
  return n !== undefined && n.gap && (n.text === '%' || (isWord(n) && !capitalised(n) && (isPlural(n.lower) || n.lower === 'percent')));
}

const POPULATION_WORDS = new Set(['population', 'populations', 'residents', 'inhabitants', 'people']);

/** A bare figure near "population" counts people ("the island's population is about 425"). */
function populationNearby(toks: Token[], j: number): boolean {
  for (let k = Math.max(0, j - 14); k < Math.min(toks.length, j + 3); k++) if (POPULATION_WORDS.has(toks[k].lower)) return true;
  return false;
}

/** Cheap pre-filter: only figures, currency signs and number words can start a statistic. */
const START_WORDS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...VAGUE_AMOUNTS.keys(), ...TIMES_WORDS.keys(), ...DECADE_WORDS.keys(),
  'a', 'an', 'half', 'tens', 'couple', 'several',
]);

/**
 * Words a statistic can start at or need after "a"/"an" ("a dozen", "a few", "a third of"):
 * without one of them or a figure, a piece holds no statistic (readCore finds nothing), so most
 * sentences are never tokenized.
 */
const mayHoldStatistic = wordScanner(
  new Set([...START_WORDS, 'couple', 'few', 'dozen', 'hundred', ...FRACTIONS.keys(), ...SCALES.keys()].filter((w) => w !== 'a' && w !== 'an')),
);

function mayStartNumber(t: Token): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'punct') return CURRENCY_SYMBOLS.has(t.text);
  return START_WORDS.has(t.lower);
}

const OPEN_BRACKETS: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']']]);

/**
 * A converted amount in brackets takes the qualifier of the figure it converts: "more than 800
 * kilometers (500 miles)", "less than a centimeter [half an inch]". Null when it is not one.
 */
function convertedQualifier(toks: Token[], f: Found, prev: Found | null): StatisticQualifier | null {
  const open = toks[f.first - 1];
  const close = OPEN_BRACKETS.get(open?.text ?? '');
  if (close === undefined || toks[f.last + 1]?.text !== close || f.unit === null) return null;
  const b = f.first - 1;
  if (prev !== null && prev.last === b - 1 && prev.unit !== null) return prev.qualifier === 'EXACT' ? null : prev.qualifier;
  // "less than a centimeter": "a" + unit is not itself a statistic, but its qualifier carries.
  const u = toks[b - 1];
  if (isWord(u) && (lowerIs(toks[b - 2], 'a') || lowerIs(toks[b - 2], 'an'))) {
    const q = readQualifier(toks, b - 2);
    if (q) return q.qualifier;
  }
  return null;
}

/** Longest stretch tokenized at once: bounds memory on pathological sentences (megabytes, no stops). */
const MAX_PIECE = 20_000;

/** Scans text[start, end) of one sentence (`sentence` is its span) for statistics. */
function scanPiece(doc: DocumentView, start: number, end: number, sentence: Span, carry: Carry, out: Statistic[]): void {
  const text = doc.text;
  while (start < end) {
    let cut = end;
    if (end - start > MAX_PIECE) {
      // Cut at a space so no word is split; a number spanning the cut of such a text may be lost.
      cut = start + MAX_PIECE;
      while (cut > start + MAX_PIECE / 2 && text.charCodeAt(cut) !== 32) cut--;
    }
    if (!mayHoldStatistic(text, start, cut)) {
      start = cut;
      continue;
    }
    const toks = tokenize(text, start, cut);
    // Tokens already read as the second figure of a range (rarely any: a plain array, no typed-array allocation).
    const skip: number[] = [];
    let prev: Found | null = null;
    for (let i = 0; i < toks.length; i++) {
      if (skip[i] || !mayStartNumber(toks[i])) continue;
      const f = readStatistic(toks, i, skip, carry, sentence.start);
      if (!f) continue;
      if (f.qualifier === 'EXACT') {
        const q = convertedQualifier(toks, f, prev);
        if (q !== null) f.qualifier = q;
      }
      out.push(build(doc, toks, f, sentence));
      prev = f;
      const o = f.rangeOther ?? -1;
      if (o >= 0) {
        const second: Found = {
          first: o, last: f.nounFirst > o ? f.last : o, value: toks[o].value, qualifier: f.qualifier === 'ABOUT' ? 'ABOUT' : 'EXACT', unit: f.unit,
          nounFirst: f.nounFirst, nounLast: f.nounLast,
        };
        out.push(build(doc, toks, second, sentence));
        prev = second;
      }
      i = Math.max(i, f.last);
    }
    start = cut;
  }
}

/** First sentence whose end is after `pos` (binary search; sentences are in text order). */
function firstSentenceAfter(doc: DocumentView, pos: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].span.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Scans a paragraph sentence by sentence; text no sentence covers is scanned too. */
function scanParagraph(doc: DocumentView, para: Paragraph, from: number, out: Statistic[], carry: Carry): void {
  carry.paragraph = para.index;
  const end = para.span.end;
  let pos = from;
  for (let k = firstSentenceAfter(doc, from); k < doc.sentences.length; k++) {
    const s = doc.sentences[k].span;
    if (s.start >= end) break;
    const a = Math.max(s.start, pos);
    const b = Math.min(s.end, end);
    if (b <= a) continue;
    if (a > pos) scanPiece(doc, pos, a, para.span, carry, out);
    scanPiece(doc, a, b, s, carry, out);
    pos = b;
  }
  if (pos < end) scanPiece(doc, pos, end, para.span, carry, out);
}

function build(doc: DocumentView, toks: Token[], f: Found, sentence: Span): Statistic {
  const text = doc.text;
  const span = { start: toks[f.first].start, end: toks[f.last].end };
  const ctx = findContext(toks, f.first, f.last + 1, 0, toks.length);
  let subject: string | null = null;
  if (f.nounFirst >= 0) subject = text.slice(toks[f.nounFirst].start, toks[f.nounLast].end);
  const part = participleAfter(toks, f.last);
  if (part >= 0 && (subject !== null || (f.unit !== null && !DURATION_UNITS.has(f.unit)))) {
    subject = `${subject ?? f.unit} ${toks[part].text}`;
  }
  return {
    text: text.slice(span.start, span.end),
    span,
    value: f.value,
    qualifier: f.qualifier,
    unit: f.unit,
    subject,
    time: ctx.time ? text.slice(ctx.time.start, ctx.time.end) : null,
    place: ctx.place ? text.slice(ctx.place.start, ctx.place.end) : null,
    sentence: { start: sentence.start, end: sentence.end },
  };
}

/** Whether any part of [start, end) is inside one of the spans. */
function overlaps(spans: readonly { span: Span }[], start: number, end: number): boolean {
  for (const s of spans) if (s.span.start < end && start < s.span.end) return true;
  return false;
}

/**
 * Every statistic of the body, in text order: all paragraph kinds (captions, related headlines and
 * "Read more" lines included) except bylines; never the highlights or the dateline. Never throws.
 */
export function extractStatistics(doc: DocumentView): Statistic[] {
  const out: Statistic[] = [];
  const carry: Carry = { paragraph: 0, countParagraph: -2, countUnit: null, moneyUnit: null, moneySentence: -1 };
  for (const para of doc.paragraphs) {
    if (para.kind === 'BYLINE' || overlaps(doc.highlights, para.span.start, para.span.end)) continue;
    let from = para.span.start;
    const dl = doc.dateline;
    if (dl && dl.span.start < para.span.end && para.span.start < dl.span.end) from = Math.max(from, dl.span.end);
    try {
      scanParagraph(doc, para, from, out, carry);
    } catch {
      // Odd input loses this paragraph's statistics, never the article.
    }
  }
  return out;
}
