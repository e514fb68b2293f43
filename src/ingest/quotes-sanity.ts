// Checks that keep quotes and speakers honest: marks around a sign, banner or hashtag gloss are not
// speech; a script line ("Kimmy: "...") names its speaker; a speaker name that is a function word,
// a hashtag, a place or a bare title is no speaker. All checks are local scans (no backtracking).
import type { Person, Span } from './types.ts';
import * as lexicon from './names-lexicon.ts';
import { isUpperChar, tokenize, type Token } from './names-tokens.ts';
import { splitAtSpaces } from './text.ts';

const COMMON_CAPITALISED = lexicon.COMMON_CAPITALISED;
const FUNCTION_WORDS = lexicon.FUNCTION_WORDS;
const NATIONALITIES = lexicon.NATIONALITIES;
const PLACES = lexicon.PLACES;
const ROLE_NOUNS = lexicon.ROLE_NOUNS;
const TITLES = lexicon.TITLES;

/** Things that carry written words but never speak: a quote they "say" or "read" is a sign. */
const SIGN_NOUNS = new Set([
  'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'slogan', 'slogans',
  'billboard', 'billboards', 'graffiti', 'inscription', 'plaque', 'sticker', 'stickers', 't-shirt',
  't-shirts', 'shirt', 'shirts', 'hashtag', 'tattoo', 'motto',
]);
/** Sheets held up by someone: a sign only after a possessive ("a man's paper", "her card"). */
const HELD_NOUNS = new Set(['paper', 'card', 'board', 'note', 'cardboard']);
/** Nouns that introduce a written text with a colon ("The message: "..."). */
const COLON_NOUNS = new Set(['message', 'messages', 'words', 'text', 'tagline', 'slogan', 'motto', 'sign', 'signs', 'banner', 'placard', 'poster', 'reading', 'reads']);
const SIGN_DETS = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my']);
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'my', 'our', 'its']);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** Whether one of the first words of a subject phrase is a sign noun ("a sign held up by a girl"). */
function signPhrase(text: string, span: Span): boolean {
  // The loop reads the first five words and the one after them.
  const tokens = tokenize(text, span.start, Math.min(span.end, span.start + 80), 6);
  for (let k = 0; k < tokens.length && k < 5; k++) {
    const w = tokens[k].text.toLowerCase();
    // "protesters holding signs said": a sign held by a speaker is no subject of its own.
    if (k > 0 && tokens[k - 1].text.endsWith('ing')) return false;
    // The sign noun heads the phrase: not a modifier of a person ("sign language interpreter").
    const next = tokens[k + 1];
    if (next && (ROLE_NOUNS.has(next.text.toLowerCase()) || isUpperChar(next.text[0])) && text.slice(tokens[k].outerEnd, next.start) === ' ') continue;
    if (SIGN_NOUNS.has(w) && (k === 0 || SIGN_DETS.has(tokens[k - 1].text.toLowerCase()) || (k > 1 && SIGN_DETS.has(tokens[k - 2].text.toLowerCase())))) return true;
    if (HELD_NOUNS.has(w) && k > 0 && (tokens[k - 1].poss || POSSESSIVE_DETS.has(tokens[k - 1].text.toLowerCase()))) return true;
  }
  return false;
}

/**
 * Whether quoted words are a sign, a banner, a hashtag gloss or a slogan rather than speech:
 * `#JeSuisBardo ("I am Bardo")`, `holds a sign: "..."`, `The message: "..."`, `"...," reads a sign`,
 * `a man's paper says: "..."`.
 */
export function signQuote(text: string, open: number, close: number, floor: number, ceil: number, subject: Span | null, cue: string | null): boolean {
  let i = open - 1;
  while (i >= floor && isSpace(text[i])) i--;
  // `#JeSuisBardo ("I am Bardo")`: a gloss of a hashtag in brackets.
  if (text[i] === '(') {
    let j = i - 1;
    while (j >= floor && isSpace(text[j])) j--;
    let s = j;
    while (s > floor && !isSpace(text[s - 1]) && text[s - 1] !== '(') s--;
    if (j >= floor && text[s] === '#') return true;
  }
  if (subject && signPhrase(text, subject)) return true;
  // `a man's paper says: "`, `the banner read, "`: a sign noun right before the verb that opens the quote.
  if (text[i] === ':' || text[i] === ',') {
    const before = tokenize(text, Math.max(floor, i - 60), i);
    const v = before.length - 1;
    const verb = before[v]?.text;
    if (v >= 1 && (verb === 'says' || verb === 'said' || verb === 'reads' || verb === 'read' || verb === 'reading')) {
      const n = before[v - 1];
      const w = n.text.toLowerCase();
      if (SIGN_NOUNS.has(w) && !n.poss) return true;
      if (HELD_NOUNS.has(w) && v >= 2 && (before[v - 2].poss || POSSESSIVE_DETS.has(before[v - 2].text.toLowerCase()))) return true;
    }
  }
  // `"...," reads a sign held up by a girl`: a reading verb right after the quote, then a sign.
  if (close < ceil) {
    // Only the first word after the quote is read.
    const after = tokenize(text, close + 1, Math.min(ceil, close + 60), 1);
    const v = after[0]?.text;
    if ((v === 'reads' || v === 'read') && /^[\s,]*$/.test(text.slice(close + 1, after[0].start)) && signPhrase(text, { start: after[0].outerEnd, end: Math.min(ceil, close + 60) })) return true;
  }
  // `reads a sign`, `the banner read`: reading verbs only report written words.
  if (cue && (cue === 'reads' || cue === 'read' || cue === 'reading') && subject && !isUpperChar(text[subject.start])) return true;
  // `holds a sign: "`, `The message: "`: a colon right after a sign noun, no speaker in between.
  if (text[i] === ':') {
    let e = i;
    while (e > floor && isSpace(text[e - 1])) e--;
    let s = e;
    while (s > floor && !isSpace(text[s - 1])) s--;
    const w = text.slice(s, e).toLowerCase();
    if (SIGN_NOUNS.has(w) || COLON_NOUNS.has(w)) {
      // "His message:" may be a person's words; "The message:" / "a sign:" is a label.
      let p = s - 1;
      while (p >= floor && isSpace(text[p])) p--;
      let ps = p;
      while (ps > floor && !isSpace(text[ps - 1])) ps--;
      const det = text.slice(ps, p + 1).toLowerCase();
      if (POSSESSIVE_DETS.has(det) || det.endsWith("'s") || det.endsWith('\u2019s')) return false;
      if (SIGN_NOUNS.has(w)) return true;
      // "The message:" opening its sentence is a label; "posted it with the message:" reports someone's words.
      let q = ps - 1;
      while (q >= floor && isSpace(text[q])) q--;
      return (det === 'the' || det === 'a') && (q < floor || text[q] === '.' || text[q] === '!' || text[q] === '?' || text[q] === '"' || text[q] === '\u201d');
    }
  }
  return false;
}

/** Words that may stand before a colon and a quote without naming a speaker. */
const LABELS = new Set(['Update', 'Note', 'Warning', 'Related', 'Editor', 'Read', 'Watch', 'Caption', 'Source', 'Photo', 'Video', 'Quote', 'Title', 'Headline', 'Message', 'Translation', 'Example', 'Answer', 'Question', 'Tweet', 'Statement', 'Subject', 'Verdict', 'Summary', 'Reason', 'Result', 'Motto', 'Slogan', 'Sign', 'Banner']);

/**
 * `Kimmy: "..."`, `2. Julian: "..."`: a script line names its speaker with one name-shaped word (or
 * two) and a colon at the start of a sentence, a list item or right after another quote. Returns
 * the speaker as written, or null.
 */
export function scriptSpeaker(text: string, open: number, floor: number): { name: string; span: Span } | null {
  let i = open - 1;
  while (i >= floor && isSpace(text[i])) i--;
  if (text[i] !== ':') return null;
  const tokens = tokenize(text, Math.max(floor, i - 40), i);
  if (!tokens.length) return null;
  let b = tokens.length - 1;
  if (tokens[b].outerEnd !== i) return null;
  let a = b;
  if (a > 0 && isUpperChar(tokens[a - 1].text[0]) && text.slice(tokens[a - 1].outerEnd, tokens[a].start) === ' ') a--;
  for (let k = a; k <= b; k++) {
    const w = tokens[k].text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || tokens[k].poss) return null;
    if (COMMON_CAPITALISED.has(w) || FUNCTION_WORDS.has(w.toLowerCase()) || LABELS.has(w) || PLACES.has(w) || NATIONALITIES.has(w) || TITLES.has(w) || ROLE_NOUNS.has(w.toLowerCase())) return null;
  }
  // What stands before the name: the region start, a sentence end, a list number or a closing quote.
  let p = tokens[a].start - 1;
  while (p >= floor && isSpace(text[p])) p--;
  if (p >= floor) {
    const c = text[p];
    if (!(c === '.' || c === '!' || c === '?' || c === '"' || c === '\u201d' || c === '\n')) return null;
    // "Mr. Smith:" — an abbreviation's dot does not end a sentence.
    if (c === '.' && p > floor && isUpperChar(text[p - 1]) && (p - 1 === floor || isSpace(text[p - 2]))) return null;
  }
  return { name: text.slice(tokens[a].start, tokens[b].end), span: { start: tokens[a].start, end: tokens[b].end } };
}

/** The person a one- or two-word speaker stands for: a person with that mention, first name or surname. */
export function personNamed(people: Person[], name: string): number | null {
  let found = -1;
  const lower = name.toLowerCase();
  for (let k = 0; k < people.length; k++) {
    const p = people[k];
    const words = splitAtSpaces(p.name.toLowerCase());
    const hit = p.name.toLowerCase() === lower || words[0] === lower || words[words.length - 1] === lower || p.mentions.some((m) => m.text.toLowerCase() === lower);
    if (!hit) continue;
    if (found >= 0 && people[found].name !== p.name) return null;
    found = k;
  }
  return found >= 0 ? found : null;
}

/** The one person whose titles or roles hold this title word ("President" -> the article's president). */
export function personTitled(people: Person[], word: string): number | null {
  const w = word.toLowerCase();
  let found: number | null = null;
  for (let k = 0; k < people.length; k++) {
    const p = people[k];
    const has = [...p.titles, ...p.roles].some((r) => splitAtSpaces(r.toLowerCase(), true).includes(w));
    if (!has) continue;
    if (found !== null) return null;
    found = k;
  }
  return found;
}

/** Whether the article also writes the word in lower case ("flight" for "Flight"): a common word. */
function lowerWordIn(text: string, word: string): boolean {
  const w = word.toLowerCase();
  for (const sep of [' ', ',', '.']) if (text.indexOf(' ' + w + sep) >= 0) return true;
  return false;
}

/**
 * "A Bayer spokesman said" in an article that also writes "Bayer Leverkusen": the fuller form of a
 * one-word organisation name (the name followed by one or two name-shaped words), or null.
 */
export function fullerOrganisation(text: string, name: string): string | null {
  if (name.length < 3 || name === name.toUpperCase() || name.indexOf(' ') >= 0) return null;
  let from = 0;
  for (let n = 0; n < 50; n++) {
    const at = text.indexOf(name + ' ', from);
    if (at < 0) return null;
    from = at + name.length + 1;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    const tokens = tokenize(text, from, Math.min(text.length, from + 40));
    let k = 0;
    while (k < tokens.length && k < 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && !lowerWordIn(text, tokens[k].text) && !tokens[k].poss && !COMMON_CAPITALISED.has(tokens[k].text) && !TITLES.has(tokens[k].text) && text.slice(k ? tokens[k - 1].outerEnd : from, tokens[k].start) === (k ? ' ' : '')) k++;
    if (k > 0) return text.slice(at, tokens[k - 1].end);
  }
  return null;
}

/**
 * "Supreme Court" where the article also writes "the Supreme Court of Missouri": the one fuller
 * "NAME of Place" form of a several-word organisation name, or null (none, or more than one).
 */
export function fullerOfName(text: string, name: string): string | null {
  if (name.indexOf(' ') < 0 || name.indexOf(' and ') >= 0 || name.length > 60) return null;
  const key = name + ' of ';
  let found: string | null = null;
  let from = 0;
  for (let n = 0; n < 50; n++) {
    const at = text.indexOf(key, from);
    if (at < 0) break;
    from = at + key.length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    const tokens = tokenize(text, from, Math.min(text.length, from + 40));
    let k = 0;
    while (k < tokens.length && k < 2 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && !tokens[k].poss && !TITLES.has(tokens[k].text) && text.slice(k ? tokens[k - 1].outerEnd : from, tokens[k].start) === (k ? ' ' : '')) k++;
    if (k === 0) continue;
    const full = text.slice(at, tokens[k - 1].end);
    if (found !== null && found !== full) return null;
    found = full;
  }
  return found;
}

/** Capitalised sentence openers that a resolver may take for a name ("All", "Just"). */
const OPENERS = new Set(['The', 'A', 'An', 'All', 'Just', 'Another', 'Some', 'Many', 'Most', 'Every', 'Each', 'Both', 'Also', 'Even', 'Only', 'Still', 'Already', 'However', 'Meanwhile', 'First', 'Last', 'Next', 'Then', 'Now', 'Today', 'Yesterday', 'Such', 'One', 'Other', 'Others', 'It', 'This', 'That', 'There', 'Here', 'So', 'But', 'And', 'Or', 'If', 'When', 'While', 'As']);

/** Month and day names: never a speaker. */
const CALENDAR = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Christmas', 'Easter']);

/**
 * Whether a speaker name cannot name anyone who speaks: a function word or sentence opener
 * ("The", "All"), a hashtag, a place, a nationality, a month, or a bare title or role word.
 */
export function badSpeakerName(name: string): boolean {
  const n = name.trim();
  if (!n) return true;
  if (n[0] === '#' || n[0] === '@') return true;
  if (n.indexOf(' ') >= 0) {
    // "The Guardian" is fine; "The" alone or a run of function words is not.
    return splitAtSpaces(n).every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || COMMON_CAPITALISED.has(w));
  }
  if (n.length >= 2 && n === n.toUpperCase()) return false; // "WHO", "CNN": an acronym names an organisation
  if (OPENERS.has(n) || FUNCTION_WORDS.has(n.toLowerCase()) || CALENDAR.has(n)) return true;
  if (PLACES.has(n) || NATIONALITIES.has(n) || /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}\p{Ll}+)+$/u.test(n) && n.split('-').every((w) => NATIONALITIES.has(w) || /an$/.test(w))) return true;
  if (TITLES.has(n) || ROLE_NOUNS.has(n.toLowerCase())) return true;
  return false;
}

export type { Token };
