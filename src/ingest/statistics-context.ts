// Context of a statistic inside its sentence: when ("on Wednesday", "since March 2011") and where
// ("in Syria", "in Raqqa province"). Token patterns searched in a bounded window around the
// statistic, so the cost per statistic is constant however long the sentence is.
import type { Token } from './numbers-tokens.ts';
import * as lexicon from './numbers-lexicon.ts';
import type { Span } from './types.ts';

// Module-local bindings: transpiled ESM imports are getters, too slow to read per token.
const { DEICTIC_TIMES, MONTHS, PHRASE_STOPWORDS, TIME_NOUNS, WEEKDAYS } = lexicon;

/** How many tokens either side of a statistic are searched for its time and place. */
const WINDOW = 30;

const TIME_PREPOSITIONS = new Set(['on', 'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'between', 'through']);
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'early', 'late', 'earlier', 'later', 'past']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout']);
const DIRECTIONS = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north', 'south', 'east', 'west', 'rural', 'downtown', 'suburban',
]);
const PLACE_NOUNS = new Set([
  'province', 'state', 'city', 'county', 'region', 'district', 'town', 'village', 'area', 'country', 'capital',
  'neighborhood', 'neighbourhood', 'camp', 'border', 'island', 'islands', 'valley', 'governorate', 'prefecture',
  'territory', 'suburb', 'square', 'street', 'airport', 'port', 'coast', 'basin', 'strip',
]);
/** Capitalised words that start a phrase but never a place. */
const NOT_PLACE = new Set(['the', 'cnn', 'i', 'he', 'she', 'it', 'they', 'we', 'his', 'her', 'their', 'its', 'this', 'that']);

const isCap = (t: Token) => t.kind === 'word' && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90;
const isYear = (t: Token) => t.kind === 'num' && !t.grouped && t.text.length === 4 && t.value >= 1800 && t.value <= 2099;
const word = (t: Token | undefined, w: string) => t !== undefined && t.kind === 'word' && t.lower === w;
const isMonth = (t: Token | undefined) => t !== undefined && t.kind === 'word' && isCap(t) && MONTHS.has(t.lower);
const isWeekday = (t: Token | undefined) => t !== undefined && t.kind === 'word' && WEEKDAYS.has(t.lower);

/** A calendar phrase starting at token k (after any preposition): its last token index, or -1. */
function calendarEnd(toks: Token[], k: number, limit: number): number {
  if (k >= limit) return -1;
  const t = toks[k];
  if (isWeekday(t)) {
    let e = k;
    if (k + 1 < limit && toks[k + 1].kind === 'word' && DAY_PARTS.has(toks[k + 1].lower)) e = k + 1;
    // "Tuesday, December 25"
    if (e + 2 < limit && toks[e + 1].text === ',' && isMonth(toks[e + 2])) {
      const m = calendarEnd(toks, e + 2, limit);
      if (m > 0) e = m;
    }
    return e;
  }
  if (isMonth(t)) {
    let e = k;
    if (e + 1 < limit && toks[e + 1].text === '.' && !toks[e + 1].gap) e++;
    if (e + 1 < limit && toks[e + 1].kind === 'num' && toks[e + 1].value <= 31 && !isYear(toks[e + 1])) e++;
    if (e + 2 < limit && toks[e + 1].text === ',' && isYear(toks[e + 2])) e += 2;
    else if (e + 1 < limit && isYear(toks[e + 1])) e++;
    return e;
  }
  if (isYear(t)) return k;
  if (t.kind === 'word' && DEICTIC_TIMES.has(t.lower)) return k;
  return -1;
}

const RANGE_LINKS = new Set(['and', 'to', 'until', 'through', '-', '\u2013']);

/** Extends a calendar phrase over the other end of a range ("between 2006 and 2010", "from 1986 to 1990"). */
function rangeEnd(toks: Token[], e: number, limit: number): number {
  const link = toks[e + 1];
  if (e + 2 >= limit || !link || !RANGE_LINKS.has(link.lower)) return e;
  const f = calendarEnd(toks, e + 2, limit);
  return f > e + 1 ? f : e;
}

/** A time expression starting exactly at token k, as [first, last] token indexes, or null. */
function timeAt(toks: Token[], k: number, limit: number): [number, number] | null {
  const t = toks[k];
  if (t.kind === 'word' && TIME_MODIFIERS.has(t.lower)) {
    // "last year", "this week", "late Tuesday", "last April"
    const n = toks[k + 1];
    if (k + 1 < limit && n.kind === 'word' && TIME_NOUNS.has(n.lower)) return [k, k + 1];
    if (k + 1 < limit && (isWeekday(n) || isMonth(n))) {
      const e = calendarEnd(toks, k + 1, limit);
      return e > k ? [k, e] : null;
    }
    return null;
  }
  if (t.kind === 'word' && TIME_PREPOSITIONS.has(t.lower)) {
    let j = k + 1;
    // "in the past week"
    if (j + 1 < limit && word(toks[j], 'the') && TIME_MODIFIERS.has(toks[j + 1].lower)) j++;
    if (j >= limit) return null;
    if (TIME_MODIFIERS.has(toks[j].lower)) {
      const r = timeAt(toks, j, limit);
      return r ? [k, r[1]] : null;
    }
    const e = calendarEnd(toks, j, limit);
    return e >= j ? [k, rangeEnd(toks, e, limit)] : null;
  }
  if (isWeekday(t) || isMonth(t) || (t.kind === 'word' && DEICTIC_TIMES.has(t.lower))) {
    const e = calendarEnd(toks, k, limit);
    return e >= k ? [k, e] : null;
  }
  return null;
}

/** A place phrase starting at token k ("in Syria", "in northern Nigeria", "in Raqqa province"). */
function placeAt(toks: Token[], k: number, limit: number): [number, number] | null {
  const t = toks[k];
  if (t.kind !== 'word' || !PLACE_PREPOSITIONS.has(t.lower)) return null;
  let j = k + 1;
  if (word(toks[j], 'the') && j + 1 < limit && isCap(toks[j + 1])) j++;
  if (j < limit && toks[j].kind === 'word' && DIRECTIONS.has(toks[j].lower) && !isCap(toks[j])) j++;
  if (j >= limit || !isCap(toks[j]) || NOT_PLACE.has(toks[j].lower)) return null;
  if (MONTHS.has(toks[j].lower) || WEEKDAYS.has(toks[j].lower)) return null;
  let e = j;
  // A run of capitalised words, joined by "of"/"al-" style hyphens.
  while (e + 1 < limit) {
    const n = toks[e + 1];
    if (isCap(n) && n.gap && !MONTHS.has(n.lower) && !WEEKDAYS.has(n.lower)) e++;
    else if (n.text === '-' && !n.gap && e + 2 < limit && toks[e + 2].kind === 'word' && !toks[e + 2].gap) e += 2;
    else if (word(n, 'of') && e + 2 < limit && isCap(toks[e + 2])) e += 2;
    else break;
  }
  const n = e + 1 < limit ? toks[e + 1] : undefined;
  if (n && n.kind === 'word' && !isCap(n)) {
    if (PLACE_NOUNS.has(n.lower)) e++;
    // "in the Syrian crisis": the capitalised word is an adjective, not a place.
    else if (!PHRASE_STOPWORDS.has(n.lower)) return null;
  }
  return [k, e];
}

/** Every word a time phrase (timeAt) or a place phrase (placeAt) can start with. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([
  ...TIME_MODIFIERS, ...TIME_PREPOSITIONS, ...WEEKDAYS, ...MONTHS, ...DEICTIC_TIMES, ...PLACE_PREPOSITIONS,
]);

/** Span of tokens [a, b], trimming a trailing possessive ("Syria's" -> "Syria"). */
function tokenSpan(toks: Token[], a: number, b: number): Span {
  let end = toks[b].end;
  const w = toks[b].text;
  if (w.length > 2 && (w.endsWith("'s") || w.endsWith('\u2019s'))) end -= 2;
  return { start: toks[a].start, end };
}

export interface SentenceContext {
  time: Span | null;
  place: Span | null;
}

/**
 * Finds the time and place nearest to the statistic at tokens [from, to) within the sentence
 * tokens [lo, hi). Phrases overlapping the statistic itself are ignored.
 */
export function findContext(toks: Token[], from: number, to: number, lo: number, hi: number): SentenceContext {
  const a = Math.max(lo, from - WINDOW);
  const b = Math.min(hi, to + WINDOW);
  let time: [number, number] | null = null;
  let place: [number, number] | null = null;
  let timeDist = Infinity;
  let placeDist = Infinity;
  for (let k = a; k < b; k++) {
    if (k >= from && k < to) continue;
    // One set lookup rules out most tokens: no time or place phrase starts with them.
    if (toks[k].kind !== 'word' || !PHRASE_STARTS.has(toks[k].lower)) continue;
    const dist = k < from ? from - k : k - to;
    const tm = timeDist > dist ? timeAt(toks, k, b) : null;
    if (tm && (tm[1] < from || tm[0] >= to)) {
      time = tm;
      timeDist = dist;
      k = Math.max(k, tm[1]);
      continue;
    }
    const pl = placeDist > dist ? placeAt(toks, k, b) : null;
    if (pl && (pl[1] < from || pl[0] >= to)) {
      place = pl;
      placeDist = dist;
      k = Math.max(k, pl[1]);
    }
  }
  return {
    time: time ? tokenSpan(toks, time[0], time[1]) : null,
    place: place ? tokenSpan(toks, place[0], place[1]) : null,
  };
}
