// Photo captions: one Photo per CAPTION paragraph, with the gallery boilerplate cut off and the
// date, place, credit and people the caption names. Rules read the caption's own wording
// (prepositions, capitalisation, date shapes); nothing here knows particular articles.
import type { DocumentView } from './document.ts';
import type { Paragraph, Person, Photo, Span, TextItem } from './types.ts';
import { sentences, slice, trimSpan } from './text.ts';

/** "Click through to view images ...", "See more photos of ...": gallery navigation, not caption. */
const BOILERPLATE = /^(?:Click|Scroll|Swipe) through\b|^(?:See|View|Browse) (?:more )?(?:photos|images|pictures)\b|^(?:Photos|Images|Gallery): (?:See|View)\b/i;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "Tuesday, December 25", "December 14, 2012", "Dec. 4": every part is a fixed word, so no backtracking. */
const FULL_DATE = new RegExp(`\\b(?:(?:${WEEKDAYS}),? )?(?:${MONTHS}|${MONTH_ABBR}) \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b`, 'g');
/** A bare weekday ("on Thursday") when the caption gives no calendar date. */
const WEEKDAY_DATE = new RegExp(`\\b(?:${WEEKDAYS})\\b`, 'g');

const CALENDAR_WORDS = new Set([...MONTHS.split('|'), ...WEEKDAYS.split('|')]);

/** Prepositions that introduce where a photo was taken. */
const STATIC_PREPS = new Set(['in', 'near', 'outside', 'of', 'at', 'inside', 'around']);
/** Prepositions of movement: the place is a destination or origin, a weaker guess. */
const MOTION_PREPS = new Set(['to', 'into', 'from', 'toward', 'towards', 'across']);
const DIRECTION = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|downtown|central)$/;
/** Name particles written in lower case inside place names ("Ras al-Ain", "Bustan al-Basha"). */
const PARTICLES = new Set(['al', 'el', 'de', 'del', 'du', 'la', 'le', 'da', 'bin', 'ibn', 'van', 'von', 'on', 'upon']);
/** Words that make a capitalised phrase an organisation, a title or a group rather than a place. */
const NOT_PLACE = new Set([
  'President', 'Minister', 'Prime', 'King', 'Queen', 'Prince', 'General', 'Gen', 'Army', 'Forces', 'Force',
  'Network', 'News', 'Agency', 'Council', 'Committee', 'Committees', 'Brigade', 'Brigades', 'Units', 'Party',
  'Front', 'Government', 'Regime', 'Observatory', 'Ministry', 'Press', 'Images', 'Reuters', 'AFP', 'AP',
  'Getty', 'Photo', 'Photos', 'Coalition', 'Movement', 'Organization', 'Association', 'Union', 'Navy',
  'Guard', 'Police', 'Court', 'Congress', 'Senate', 'Parliament', 'Nations', 'Prayers', 'Mass',
]);
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'that']);

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters/digits with inner hyphens) of [start, end), with their spans. */
function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
  const part = text.slice(start, end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  }
  return out;
}

const capitalised = (w: string) => /^\p{Lu}/u.test(w);
const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
/** A lower-case particle joined to a name ("al-Ain") counts as part of the name. */
const particle = (w: string) => PARTICLES.has(w) || /^(?:al|el|ad|as|ash|ar|an|at|az|bin|abu)-\p{L}/u.test(w);

/** Reads a place name starting at token i: capitalised words and particles, single-spaced. */
function readName(text: string, ts: Token[], i: number): number {
  if (i >= ts.length || !capitalised(ts[i].text) || CALENDAR_WORDS.has(ts[i].text)) return i;
  let j = i + 1;
  let last = i + 1;
  while (j < ts.length && gap(text, ts[j - 1], ts[j]) === ' ') {
    const w = ts[j].text;
    if (capitalised(w) && !CALENDAR_WORDS.has(w)) last = j + 1;
    else if (!particle(w)) break;
    j++;
  }
  return last;
}

interface Candidate {
  span: Span;
  score: number;
}

/** Whether a name is an organisation, a title or a demonym phrase ("Syrian President ...") rather than a place. */
function placeLike(ts: Token[], from: number, to: number, people: Person[], text: string): boolean {
  for (let k = from; k < to; k++) if (NOT_PLACE.has(ts[k].text)) return false;
  if (to - from > 1 && /(?:ian|ish|ese|ean)$/.test(ts[from].text)) return false;
  const name = text.slice(ts[from].start, ts[to - 1].end);
  return !people.some((p) => p.name === name || p.name.endsWith(` ${name}`));
}

/**
 * Place phrases the caption gives after a preposition ("outside Damascus, Syria", "of Homs"), scored
 * so the most specific one wins: where the photo was (in/near/at) beats where people go (to/from),
 * a named place beats a reference point ("east of Damascus"), and "City, Country" beats a bare name.
 */
function placeCandidates(text: string, span: Span, people: Person[]): Candidate[] {
  const ts = tokens(text, span.start, span.end);
  const out: Candidate[] = [];
  for (let i = 0; i < ts.length - 1; i++) {
    const prep = ts[i].text.toLowerCase();
    const motion = MOTION_PREPS.has(prep);
    if (!motion && !STATIC_PREPS.has(prep)) continue;
    let k = i + 1;
    while (k < ts.length && DIRECTION.test(ts[k].text) && gap(text, ts[k - 1], ts[k]) === ' ') k++;
    if (k >= ts.length || gap(text, ts[k - 1], ts[k]) !== ' ') continue;
    const end = readName(text, ts, k);
    if (end === k || !placeLike(ts, k, end, people, text)) continue;
    let last = end - 1;
    let score = motion ? -1 : 0;
    // "east of Damascus": a reference point, not where the photo was taken.
    if (prep === 'of' && i > 0 && DIRECTION.test(ts[i - 1].text)) score -= 1;
    // ", Syria": the region or country that qualifies the name.
    if (end < ts.length && gap(text, ts[end - 1], ts[end]) === ', ') {
      const regionEnd = readName(text, ts, end);
      const after = regionEnd < ts.length ? gap(text, ts[regionEnd - 1], ts[regionEnd]) : text.slice(ts[regionEnd - 1]?.end ?? 0, span.end);
      if (regionEnd > end && regionEnd - end <= 3 && /^(?:[,.;]|\s+(?:on|in|at|near|as|after|before|during|that|where|seen)\b|\s*$)/.test(after) && placeLike(ts, end, regionEnd, people, text)) {
        last = regionEnd - 1;
        score += 0.5;
      }
    }
    out.push({ span: { start: ts[k].start, end: ts[last].end }, score });
    i = end - 1;
  }
  return out;
}

/** A described place when no name is given: "in a northern Syrian border village". */
function describedPlace(text: string, span: Span): Span | null {
  const ts = tokens(text, span.start, span.end);
  for (let i = 0; i < ts.length - 2; i++) {
    if (!['in', 'at', 'near', 'outside'].includes(ts[i].text.toLowerCase()) || !ARTICLES.has(ts[i + 1].text.toLowerCase())) continue;
    let j = i + 2;
    let named = false;
    while (j < ts.length && j - i <= 8 && gap(text, ts[j - 1], ts[j]) === ' ' && ts[j].text !== 'on' && !CALENDAR_WORDS.has(ts[j].text)) {
      if (capitalised(ts[j].text)) named = true;
      j++;
    }
    if (named && j > i + 2 && !ts.slice(i + 2, j).some((t) => NOT_PLACE.has(t.text))) return { start: ts[i + 2].start, end: ts[j - 1].end };
  }
  return null;
}

function item(text: string, span: Span): TextItem {
  return { text: slice(text, span), span };
}

/** The most specific place the caption names, or a described place, or null. */
export function readPlace(text: string, span: Span, people: Person[] = []): TextItem | null {
  let best: Candidate | null = null;
  for (const c of placeCandidates(text, span, people)) if (!best || c.score > best.score) best = c;
  if (best) return item(text, best.span);
  const described = describedPlace(text, span);
  return described ? item(text, described) : null;
}

/** The first calendar date in the caption ("Tuesday, December 25"), else a bare weekday. */
export function readDate(text: string, span: Span): TextItem | null {
  const part = text.slice(span.start, span.end);
  for (const re of [FULL_DATE, WEEKDAY_DATE]) {
    re.lastIndex = 0;
    const m = re.exec(part);
    if (m) return item(text, { start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return null;
}

/** An organisation-style name: capitalised words with "of", "and", "&" between them. */
const ORG_NAME = "[A-Z][\\w'&.-]*(?: (?:of|and|for|the|&) [A-Z][\\w'&.-]*| [A-Z][\\w'&.-]*){0,8}";
const CREDITS: RegExp[] = [
  // "In this handout from the Shaam News Network, ..." / "photo provided by X"
  new RegExp(`\\b(?:handout|photo|image|picture|video|footage)s?(?: (?:released|provided|distributed|obtained|taken))?(?: by| from) (?:the )?(${ORG_NAME})`, 'i'),
  // "Photo: Reuters", "Credit: John Smith/AP"
  new RegExp(`\\b(?:Photo|Photos|Photograph|Image|Credit|Picture)s?(?: by)?: ?(${ORG_NAME}(?:/${ORG_NAME})?)`),
  // "(Getty Images)", "(AFP/Getty Images)", "(Photo by X)"
  new RegExp(`\\((?:Photo by |Courtesy of )?(${ORG_NAME}(?:/${ORG_NAME})?)\\)`),
  new RegExp(`\\bCourtesy (?:of )?(?:the )?(${ORG_NAME})`),
];
const CREDIT_BRACKET_HINT = /Images|Photo|Press|Reuters|AFP|AP\b|Getty|EPA|Courtesy|Pool/;

/** Who supplied the photo ("Shaam News Network", "Getty Images"). */
export function readCredit(text: string, span: Span): TextItem | null {
  const part = text.slice(span.start, span.end);
  for (let r = 0; r < CREDITS.length; r++) {
    const m = CREDITS[r].exec(part);
    if (!m) continue;
    const name = m[1].replace(/[.,]+$/, '');
    // A bracketed name is a credit only when it reads like one; "(CNN)" style tags are not photos' credits.
    if (r === 2 && !CREDIT_BRACKET_HINT.test(m[0])) continue;
    const at = span.start + m.index + m[0].indexOf(m[1]);
    return item(text, { start: at, end: at + name.length });
  }
  return null;
}

/** The caption text without gallery navigation sentences: from the first kept sentence to the last. */
export function captionSpan(text: string, span: Span): Span {
  const kept = sentences(text, span.start, span.end).filter((s) => !BOILERPLATE.test(slice(text, s)));
  if (!kept.length) return { start: span.start, end: span.start };
  return trimSpan(text, { start: kept[0].start, end: kept[kept.length - 1].end });
}

/** Whether `name` occurs in `hay` as whole words. */
function hasName(hay: string, name: string): boolean {
  if (!name) return false;
  for (let i = hay.indexOf(name); i >= 0; i = hay.indexOf(name, i + 1)) {
    const before = i === 0 ? ' ' : hay[i - 1];
    const after = hay[i + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

function peopleIn(text: string, span: Span, people: Person[]): string[] {
  const caption = slice(text, span);
  const keys: string[] = [];
  for (const p of people) {
    const inside = p.mentions.some((m) => m.span.start >= span.start && m.span.end <= span.end);
    if (inside || hasName(caption, p.name)) keys.push(p.key);
  }
  return keys;
}

/**
 * A caption that names no place (a second shot of the same scene) takes the place of the nearest
 * caption of the same date, which in a gallery is the same event. Its span points at that caption.
 */
function inheritPlaces(photos: Photo[]): void {
  for (let i = 0; i < photos.length; i++) {
    const p = photos[i];
    if (p.place || !p.date) continue;
    for (let d = 1; d < photos.length && !p.place; d++) {
      for (const q of [photos[i - d], photos[i + d]]) {
        if (q && q.place && q.date && q.date.text.replace(/^\w+, /, '') === p.date.text.replace(/^\w+, /, '')) {
          p.place = q.place;
          break;
        }
      }
      if (d > 3) break;
    }
  }
}

function photoOf(text: string, p: Paragraph, people: Person[]): Photo {
  const span = captionSpan(text, p.span);
  return {
    caption: slice(text, span),
    span,
    date: readDate(text, span),
    place: readPlace(text, span, people),
    credit: readCredit(text, span),
    personKeys: peopleIn(text, span, people),
  };
}

/** One Photo per CAPTION paragraph, in text order. */
export function extractPhotos(doc: DocumentView, people: Person[]): Photo[] {
  const photos = doc.paragraphs.filter((p) => p.kind === 'CAPTION').map((p) => photoOf(doc.text, p, people));
  inheritPlaces(photos);
  return photos;
}
