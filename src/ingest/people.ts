// Finds the named people of an article: capitalised runs of name-shaped words, stripped of titles,
// kept only when context confirms a person (a title, a role noun or apposition, a speech verb, a
// possessive, a later surname-only reference, the contributor line), then linked to every mention.
import type { DocumentView } from './document.ts';
import type { Mention, MentionKind, Paragraph, Person, Span } from './types.ts';
import * as lexicon from './names-lexicon.ts';
import { FEMALE_ONLY_NAMES, GIVEN_NAMES, LOOSE_GIVEN_NAMES, MALE_ONLY_NAMES } from './names-given.ts';
import { findRuns, isUpperChar, tokenize, type Token } from './names-tokens.ts';
import { gapHas, isJsSpace, splitAtSpaces } from './text.ts';

// Module-local copies: imported bindings are read through getters under tsx, and these are hot.
const COMMON_CAPITALISED = lexicon.COMMON_CAPITALISED;
const FUNCTION_WORDS = lexicon.FUNCTION_WORDS;
const NAME_SUFFIXES = lexicon.NAME_SUFFIXES;
const NATIONALITIES = lexicon.NATIONALITIES;
const NON_PERSON_WORDS = lexicon.NON_PERSON_WORDS;
const PARTICLES = lexicon.PARTICLES;
const PERSON_TITLES = lexicon.PERSON_TITLES;
const PLACES = lexicon.PLACES;
const PLACE_PREPOSITIONS = lexicon.PLACE_PREPOSITIONS;
const ROLE_NOUNS = lexicon.ROLE_NOUNS;
/** Speech verbs, with present-tense forms of posting that name a person ("tweets T.G. Shuck"). */
const SPEECH_VERBS = new Set([...lexicon.SPEECH_VERBS, 'tweets', 'blogs', 'texts']);
const TITLES = lexicon.TITLES;
const AUX_WORDS = lexicon.AUX_WORDS;
const GIVEN = GIVEN_NAMES;

/** A text region scanned on its own (a highlight or a paragraph). */
interface Region {
  span: Span;
  kind: Paragraph['kind'] | 'HIGHLIGHT';
}

/** One capitalised run after analysis: where its title prefix and its name part are. */
interface Occurrence {
  tokens: Token[];
  /** Index in `tokens` of the first token of the run and of the name part; one past the name. */
  runFrom: number;
  nameFrom: number;
  nameTo: number;
  /** Tokens of the prefix that are titles ("Maj. Gen."), as written. */
  titles: string;
  /** The whole prefix when it holds more than titles ("Syrian President"). */
  prefixRole: string | null;
  region: Region;
  confirmed: boolean;
  /** A single name preceded by a person title ("President Bush"). */
  titled: boolean;
  /** Number of name tokens. */
  size: number;
  /** Lower-cased name key (tokens joined by a space). */
  norm: string;
  name: string;
  span: Span;
  /** Span from the first title to the end of the name. */
  titledSpan: Span | null;
  roles: string[];
  /** Holds an organisation or place word ("Hall"): a person only when context confirms it. */
  soft: boolean;
}

const lower = (s: string) => s.toLowerCase();
const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
/** Days and months: after a name they date the sentence ("Tuesday"). */
const CALENDAR = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Today', 'Tonight', 'Yesterday', 'Tomorrow']);
/** Calendar words that are also surnames ("Jerryl Christmas"). */
const CALENDAR_SURNAMES = new Set(['Christmas', 'Easter', 'Monday', 'Friday', 'March', 'May', 'June', 'August', 'April', 'Winter', 'Summer']);
/** "Father-of-two", "Grandmother-of-three": a parent described by how many children they have. */
const KIN_OF_COUNT = /^\p{Lu}\p{Ll}+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$/u;
/** KIN_OF_COUNT, tested only on words holding "-of-". */
const kinOfCount = (w: string) => w.includes('-of-') && KIN_OF_COUNT.test(w);
/** "55-year-old", tested only on words ending so. */
const yearsOld = (w: string) => w.endsWith('-year-old') && /^\d+-year-old$/.test(w);
const isRoleNoun = (w: string) => {
  const l = lower(w);
  return ROLE_NOUNS.has(l) || ROLE_NOUNS.has(singular(l));
};

/** Lower-case slug of a name: "Louai Miqdad" -> "louai-miqdad". */
export function personKey(name: string): string {
  // Most names are ASCII, which Unicode normalisation leaves as it is: slug them in one pass.
  const ascii = asciiKey(name);
  if (ascii !== null) return ascii;
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** personKey of an ASCII name (runs of other characters become one '-', none at the ends), else null. */
function asciiKey(name: string): string | null {
  let key = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c > 127) return null;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && key !== '') key += '-';
      gap = false;
      key += String.fromCharCode(c);
    } else gap = true;
  }
  return key;
}

/** The regions people are looked for in: highlights and every paragraph except a byline. */
function regionsOf(doc: DocumentView): Region[] {
  const out: Region[] = doc.highlights.map((h) => ({ span: h.span, kind: 'HIGHLIGHT' as const }));
  for (const p of doc.paragraphs) {
    if (p.kind === 'BYLINE') continue;
    let start = p.span.start;
    // The dateline ("WASHINGTON (CNN) --") names places and publishers, never people.
    if (doc.dateline && doc.dateline.span.start >= p.span.start && doc.dateline.span.end <= p.span.end) {
      start = Math.max(start, doc.dateline.span.end);
    }
    out.push({ span: { start, end: p.span.end }, kind: p.kind });
  }
  return out;
}

/** Whether the token opens a sentence: only opening marks/spaces back to a full stop or region start. */
function atSentenceStart(text: string, pos: number, floor: number): boolean {
  let i = pos - 1;
  while (i >= floor) {
    const c = text[i];
    if (c === ' ' || c === '\u00a0' || c === '"' || c === '\u201c' || c === '\u2018' || c === "'" || c === '(' || c === '\t') {
      i--;
      continue;
    }
    return c === '.' || c === '!' || c === '?' || c === ':' || c === '\n' || c === '-' || c === '\u2014';
  }
  return true;
}

/** Whether a word is a capitalised common word (not a name) in this position. */
function commonWord(t: Token, sentenceStart: boolean, lowerVocab: Vocabulary): boolean {
  const w = t.text;
  if (COMMON_CAPITALISED.has(w)) return true;
  // At a sentence start, a word the article also writes in lower case is an ordinary word.
  if (sentenceStart && lowerVocab.has(lower(w))) return true;
  return false;
}

const hasDigit = (w: string) => {
  for (let i = 0; i < w.length; i++) if (w[i] >= '0' && w[i] <= '9') return true;
  return false;
};

/** Capitalised common words that are also names ("Said", "Will", "May"). */
const NAME_LIKE_COMMON = new Set(['Said', 'Will', 'May', 'June', 'April', 'August', 'Christian']);
/** Words after which a capitalised month or verb is a date or a verb, not a name ("in May"). */
const NOT_BEFORE_NAME = new Set(['in', 'since', 'last', 'next', 'early', 'late', 'mid', 'until', 'till', 'by', 'from', 'through', 'during', 'this', 'that', 'each', 'every', 'of', 'on', 'before', 'after', 'between', 'and', 'or', 'the', 'a']);

/** A name-like common word opening a name mid-sentence: not after "in"/"since", followed by a name word. */
function nameLikeCommon(tokens: Token[], a: number, to: number): boolean {
  const w = tokens[a].text;
  if (!NAME_LIKE_COMMON.has(w) || a + 1 >= to) return false;
  const next = tokens[a + 1].text;
  if (COMMON_CAPITALISED.has(next) || NON_PERSON_WORDS.has(next) || PLACES.has(next) || hasDigit(next)) return false;
  const prev = tokens[a - 1];
  return !prev || !NOT_BEFORE_NAME.has(lower(prev.text));
}

const LOOSE_GIVEN = LOOSE_GIVEN_NAMES;
const PLACE_PREFIXES = new Set(['New', 'Old', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper', 'Lower', 'Great', 'Greater', 'Central', 'Little', 'Big', 'Saint', 'St', 'Holy']);
/** Sentence adverbs that open a sentence with a capital and a comma ("Nevertheless,"). */
const SENTENCE_ADVERBS = new Set(['Nevertheless', 'Nonetheless', 'Moreover', 'Indeed', 'Separately', 'Throughout', 'Regardless', 'Often', 'Meanwhile', 'Instead', 'Besides', 'Furthermore', 'Therefore', 'Thus', 'Hence', 'Plus', 'Overall', 'Again', 'Otherwise', 'Afterwards', 'Afterward', 'Elsewhere', 'Nearby', 'Yesterday', 'Today', 'Tonight', 'Sometimes', 'Perhaps', 'Maybe', 'Still', 'Later', 'Earlier', 'Next', 'Now', 'Then', 'Here', 'There', 'Above', 'Below', 'Inside', 'Outside', 'Despite', 'Although', 'Though', 'Whether', 'Whatever', 'Additionally', 'Alternatively', 'Consequently', 'Similarly', 'Likewise', 'Subsequently']);
/** "I'm", "We've": contractions, never names. */
const CONTRACTION = /['\u2019](?:m|ve|d|ll|re|t|s)$/i;

/** Generational suffixes written as part of the name ("Jr.", "III"); post-nominals ("MP", "PhD") are not. */
const GENERATIONAL = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);
/** Lower-case tails that make a capitalised hyphenated word a modifier ("Windsor-born"). */
const MODIFIER_TAILS = new Set(['born', 'based', 'bred', 'raised', 'educated', 'trained', 'led', 'backed', 'owned', 'funded', 'made', 'style', 'area', 'bound']);

/** "Windsor-born", "London-based": a capitalised word with a lower-case participle tail. */
function placeModifier(w: string): boolean {
  const h = w.lastIndexOf('-');
  return h > 0 && isUpperChar(w[0]) && MODIFIER_TAILS.has(w.slice(h + 1));
}

/** Titles that are also common given names. */
const TITLE_GIVEN = new Set(['Emir', 'Earl', 'Duke']);

/** "defender Emir Spahic": a title or name-like word right after a singular lower-case role noun, before a name word. */
function givenAfterRole(text: string, tokens: Token[], a: number, to: number): boolean {
  const w = tokens[a].text;
  if (a + 1 >= to || !(TITLE_GIVEN.has(w) || NAME_LIKE_COMMON.has(w))) return false;
  if (w.endsWith('.')) return false;
  const prev = tokens[a - 1];
  if (!prev || prev.poss || !ROLE_NOUNS.has(prev.text) || prev.text.endsWith('s')) return false;
  if (!gapIs(text, prev.outerEnd, tokens[a].start, '')) return false;
  const next = tokens[a + 1].text;
  return !TITLES.has(next) && !nonNameToken(tokens[a + 1]) && !NAME_SUFFIXES.has(next);
}

const hasApostrophe = (w: string) => w.includes("'") || w.includes('\u2019');

/** `w === w.toUpperCase()`, without upper-casing a word whose ASCII lower-case letter already decides it. */
function isAllCaps(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return w === w.toUpperCase();
}

/** Initials written with dots ("K.C.", "J.R."): name parts, not an all-capitals word. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** Why a name token cannot be part of a person's name. */
function nonNameToken(t: Token): boolean {
  const w = t.text;
  // (The contraction pattern needs an apostrophe: no regular expression for the many words without one.)
  if (SENTENCE_ADVERBS.has(w) || (w.length > 6 && w.endsWith('ly') && !LOOSE_GIVEN.has(w)) || (hasApostrophe(w) && CONTRACTION.test(w))) return true;
  if (NON_PERSON_WORDS.has(w) || PLACES.has(w) || NATIONALITIES.has(w) || COMMON_CAPITALISED.has(w)) return true;
  if (placeModifier(w)) return true;
  if (w.length >= 4 && isAllCaps(w) && !DOTTED_INITIALS.test(w)) return true; // "BAGHDAD", "NATO", but "K.C." is initials
  for (let i = 0; i < w.length; i++) if (w[i] >= '0' && w[i] <= '9') return true;
  return false;
}

/** The words the article writes in lower case (first letter a-z), asked about one word at a time. */
interface Vocabulary {
  has(word: string): boolean;
}

/** A bucket longer than this is hashed into a Set when first asked about, so asking stays linear. */
const SCAN_LIMIT = 128;

/** What one pass over every word of the article finds, for the steps that look at few of them. */
interface WordScan {
  vocab: Vocabulary;
  /** Per token list, the indices of peerage ranks ("Duke"; see addPeerages). */
  peerages: number[][];
  /** Per token list, the indices of "the", "his" and "her" in any case (see addDescriptionMentions). */
  determiners: number[][];
}

/**
 * Lower-case words of the article, to tell sentence-initial common words from names, and where the
 * peerage ranks and determiners are. An article has some 500 lower-case words and asks about a few
 * dozen: filing each word by its length and first letter and comparing within one bucket per
 * question is much cheaper than hashing every word into a Set.
 */
function scanWords(tokenLists: Token[][]): WordScan {
  const buckets: string[][] = [];
  const hashed: Set<string>[] = [];
  const keyOf = (w: string) => (w.length - 1) * 26 + (w.charCodeAt(0) - 97);
  const peerages: number[][] = [];
  const determiners: number[][] = [];
  for (const tokens of tokenLists) {
    const peers: number[] = [];
    const dets: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const w = t.text;
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) (buckets[keyOf(w)] ??= []).push(w);
      // Every rank is capitalised: most words are ruled out without hashing them.
      else if (c >= 65 && c <= 90 && PEERAGES.has(w) && !t.poss) peers.push(i);
      // Only a three-letter word can lower-case to a determiner.
      if (w.length === 3) {
        const det = lower(w);
        if (det === 'the' || det === 'his' || det === 'her') dets.push(i);
      }
    }
    peerages.push(peers);
    determiners.push(dets);
  }
  const vocab = {
    has(word: string): boolean {
      const c = word.charCodeAt(0);
      if (!(c >= 97 && c <= 122)) return false;
      const key = keyOf(word);
      const bucket = buckets[key];
      if (bucket === undefined) return false;
      if (bucket.length > SCAN_LIMIT) return (hashed[key] ??= new Set(bucket)).has(word);
      for (let i = 0; i < bucket.length; i++) if (bucket[i] === word) return true;
      return false;
    },
  };
  return { vocab, peerages, determiners };
}

/** Text between two tokens only holds the given punctuation (and spaces). */
function gapIs(text: string, from: number, to: number, punct: string): boolean {
  // Same as `text.slice(from, to).trim() === punct`, without allocating.
  let i = from;
  let j = to;
  while (i < j && isJsSpace(text.charCodeAt(i))) i++;
  while (j > i && isJsSpace(text.charCodeAt(j - 1))) j--;
  return j - i === punct.length && (punct.length === 0 || text.startsWith(punct, i));
}


/** Analyses one run: strips common words, titles and suffixes, and returns the name part. */
function analyseRun(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  region: Region,
  vocab: Vocabulary,
): Occurrence | null {
  let a = from;
  /** The run opens with a title or lexicon word used as a given name ("goalkeeper Christian Abbiati"). */
  let givenOpener = false;
  // Leading common words ("But", "On Tuesday") and role nouns capitalised at a sentence start.
  while (a < to) {
    const start = atSentenceStart(text, tokens[a].start, region.span.start);
    const w = tokens[a].text;
    // "Windsor-born Haskell", "London-based Smith": a place modifier glued to the name.
    if (placeModifier(w)) {
      a++;
      continue;
    }
    // "defender Emir Spahic", "goalkeeper Christian Abbiati": after a singular role noun, a title
    // or name-like word opens the name.
    if (!start && a === from && givenAfterRole(text, tokens, a, to)) {
      givenOpener = true;
      break;
    }
    // "according to Said Musallam", "Will Smith": a capitalised verb or month opening a name mid-sentence.
    if (!start && nameLikeCommon(tokens, a, to)) break;
    if (commonWord(tokens[a], start || a > from, vocab)) {
      a++;
      continue;
    }
    const roleWord = a === from && start && isRoleNoun(w) && !TITLES.has(w);
    // "Afterwards Karim Osman": an adverb opening the sentence, when a two-word name remains.
    const adverb = a === from && start && to - a >= 3 && (w.endsWith('wards') || w.endsWith('ly'));
    if (roleWord || adverb) a++;
    else break;
  }
  // "Minister of Antiquities Ann Lee": the word after "<title> of" names the office, not the person.
  if (a === from && a >= 2 && to - a >= 3 && tokens[a - 1].text === 'of' && TITLES.has(tokens[a - 2].text) && gapIs(text, tokens[a - 2].outerEnd, tokens[a - 1].start, '') && gapIs(text, tokens[a - 1].outerEnd, tokens[a].start, '')) a++;
  if (a >= to) return null;
  // "New York Times", "South Carolina": a place prefix right before the name makes the run a place.
  if (a > from && PLACE_PREFIXES.has(tokens[a - 1].text) && !TITLES.has(tokens[a].text) && !NATIONALITIES.has(tokens[a].text)) return null;
  let b = to;
  while (b - 1 > a && NAME_SUFFIXES.has(tokens[b - 1].text)) b--;
  // The name starts after the last title or modifier that precedes at least one name token.
  let nameFrom = a;
  for (let k = givenOpener ? a + 1 : a; k < b - 1; k++) {
    const w = tokens[k].text;
    // "Mother-of-three Ann Lee": a hyphenated "<kin>-of-<number>" description is a role, not a name word.
    if (TITLES.has(w) || NATIONALITIES.has(w) || isRoleNoun(w) || kinOfCount(w) || (tokens[k].poss && k < b - 1)) nameFrom = k + 1;
  }
  if (tokens[nameFrom - 1]?.poss && nameFrom > a) {
    // "CNN's Holly Yan": a possessive ends the prefix but is no title.
  }
  let soft = false;
  for (let k = nameFrom; k < b; k++) {
    const t = tokens[k];
    if (t.poss && k < b - 1) return null;
    if (!nonNameToken(t)) continue;
    if (givenOpener && k === nameFrom) continue;
    const w = t.text;
    // "Foreign Minister Riyadh Yaseen": after a person title, a place word opening a two-word name is a given name.
    if (k === nameFrom && b - nameFrom >= 2 && nameFrom > a && TITLES.has(tokens[nameFrom - 1].text) && PLACES.has(w) && !nonNameToken(tokens[k + 1])) continue;
    // "attorney Jerryl Christmas", "guitarist Jay Jay French": after a lower-case role noun, a
    // nationality or calendar word closing a name of plain name words is a surname.
    if (k === b - 1 && k > nameFrom && nameFrom === a && a > 0 && /^\p{Ll}/u.test(tokens[a - 1].text) && isRoleNoun(tokens[a - 1].text) && gapIs(text, tokens[a - 1].outerEnd, tokens[a].start, '') && (NATIONALITIES.has(w) || CALENDAR_SURNAMES.has(w)) && tokens.slice(nameFrom, k).every((x) => !nonNameToken(x) && /^\p{Lu}\p{Ll}+$/u.test(x.text))) continue;
    // "jockey AP McCoy": two capital initials opening a two-word name; kept only when context confirms it.
    if (k === nameFrom && b - nameFrom === 2 && /^[A-Z]{2}$/.test(w) && !nonNameToken(tokens[k + 1]) && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1].text)) {
      soft = true;
      continue;
    }
    // "commentator Alan Green": after a lower-case role noun, a known given name and a capitalised
    // common word make a name.
    if (k === b - 1 && b - nameFrom === 2 && nameFrom === a && a > 0 && GIVEN.has(tokens[nameFrom].text) && /^\p{Lu}\p{Ll}{3,}$/u.test(w) && (COMMON_CAPITALISED.has(w) || NON_PERSON_WORDS.has(w)) && !PLACES.has(w) && !NATIONALITIES.has(w) && !FUNCTION_WORDS.has(lower(w)) && !CALENDAR.has(w) && /^\p{Ll}/u.test(tokens[a - 1].text) && isRoleNoun(tokens[a - 1].text) && !tokens[a - 1].poss && gapIs(text, tokens[a - 1].outerEnd, tokens[a].start, '')) continue;
    if (PLACES.has(w) || NATIONALITIES.has(w) || (w.length >= 4 && isAllCaps(w))) return null;
    if (hasDigit(w)) return null;
    if (COMMON_CAPITALISED.has(w)) {
      // "Theresa May", "Mohamed Said Ismail": a name-like common word after a name word.
      if (NAME_LIKE_COMMON.has(w) && (k > nameFrom ? !COMMON_CAPITALISED.has(tokens[k - 1].text) : k === a && k + 1 < b)) continue;
      return null;
    }
    // "Bill Clinton": a given name that is also an organisation word, before a name.
    if (k === nameFrom && b - nameFrom >= 2 && LOOSE_GIVEN.has(w)) continue;
    // "Dougie Hall": a surname that is also a place word; kept only when context confirms it.
    // A lone "Hall" may still be that person's surname, used alone.
    if ((b - nameFrom === 1 || (k === b - 1 && (b - nameFrom === 2 || (b - nameFrom === 3 && !nonNameToken(tokens[nameFrom + 1]))) && GIVEN.has(tokens[nameFrom].text))) && NON_PERSON_WORDS.has(w)) {
      soft = true;
      continue;
    }
    return null;
  }
  if (PARTICLES.has(tokens[nameFrom].text) || PARTICLES.has(tokens[b - 1].text)) return null;
  // Title words directly before the name ("Maj. Gen.", "Prime Minister").
  let t = nameFrom;
  while (t > a && TITLES.has(tokens[t - 1].text)) t--;
  const titles = t < nameFrom ? text.slice(tokens[t].start, tokens[nameFrom - 1].end) : '';
  const prefixRole = a < t ? text.slice(tokens[a].start, tokens[nameFrom - 1].end) : null;
  // "Robert Downey Jr.": a generational suffix belongs to the name (not to its key or surname).
  const suffixEnd = b < to && GENERATIONAL.has(tokens[b].text) && !tokens[b].poss ? tokens[b].end : tokens[b - 1].end;
  const nameStart = tokens[nameFrom].start;
  const name = text.slice(nameStart, suffixEnd);
  // The name's words joined by single spaces (most names are one word: no array, no join).
  let words = tokens[nameFrom].text;
  for (let k = nameFrom + 1; k < b; k++) words += ' ' + tokens[k].text;
  const titled = t < nameFrom && PERSON_TITLES.has(tokens[nameFrom - 1].text);
  return {
    tokens,
    runFrom: a,
    nameFrom,
    nameTo: b,
    titles,
    prefixRole,
    region,
    confirmed: false,
    titled,
    size: b - nameFrom,
    norm: lower(words),
    name,
    span: { start: nameStart, end: suffixEnd },
    titledSpan: t < nameFrom ? { start: tokens[t].start, end: suffixEnd } : null,
    roles: [],
    soft,
  };
}

/** Context evidence that a multi-word capitalised run names a person. */
function confirmedByContext(text: string, o: Occurrence): boolean {
  const { tokens, nameFrom, nameTo } = o;
  if (o.titles) return true;
  if (o.region.kind === 'CONTRIBUTOR') return true;
  // "the 3rd Viscount Bearsted": a peerage and a place-like name.
  if (nameTo - nameFrom === 2 && PEER_PREFIXES.has(tokens[nameFrom].text)) return true;
  // "- Ann Lee: Cities need trees .": an opinion highlight opens with its author's name and a colon.
  if (o.region.kind === 'HIGHLIGHT' && o.runFrom === 0 && nameFrom === 0 && nameTo - nameFrom >= 2 && text[tokens[nameTo - 1].outerEnd] === ':') return true;
  const before = tokens[o.runFrom - 1];
  const last = tokens[nameTo - 1];
  if (last.poss) return true;
  if (before) {
    if (before.poss && gapIs(text, before.outerEnd, tokens[o.runFrom].start, '')) return true; // "CNN's Holly Yan"
    if (isRoleNoun(before.text) && gapIs(text, before.outerEnd, tokens[o.runFrom].start, '')) return true;
    if (SPEECH_VERBS.has(before.text) && gapIs(text, before.outerEnd, tokens[o.runFrom].start, '')) return true;
    if (before.text === 'to' && tokens[o.runFrom - 2]?.text === 'according') return true;
    if (yearsOld(before.text)) return true;
    // "the little boy, whose name is Sonit Awal".
    if (before.text === 'is' && tokens[o.runFrom - 2]?.text === 'name' && tokens[o.runFrom - 3]?.text === 'whose') return true;
    // "A young man named Keeshan Harley".
    if (before.text === 'named' && o.runFrom >= 2 && PERSON_NOUNS.has(tokens[o.runFrom - 2].text)) return true;
  }
  if (nameFrom > o.runFrom && isRoleNoun(tokens[nameFrom - 1].text)) return true;
  // A speech verb after the name, auxiliaries allowed between ("Bush will say").
  let k = nameTo;
  if (gapIs(text, last.outerEnd, tokens[k]?.start ?? last.outerEnd, '')) {
    while (k < tokens.length && AUX_WORDS.has(tokens[k].text) && k < nameTo + 3) k++;
    if (k < tokens.length && SPEECH_VERBS.has(tokens[k].text)) return true;
  }
  if (appositionAfter(text, o) !== null || roleBeforeComma(text, o) !== null) return true;
  // A particle inside the name is name-shaped on its own ("Osama bin Laden").
  for (let i = nameFrom + 1; i < nameTo - 1; i++) if (PARTICLES.has(tokens[i].text)) return true;
  return false;
}

/**
 * The apposition after a name, ", a spokesman for X," / ", 55," / ", who ...": returns the role
 * phrase ('' when the apposition holds no role), or null when there is no apposition.
 */
function appositionAfter(text: string, o: Occurrence): string | null {
  const { tokens, nameTo } = o;
  const last = tokens[nameTo - 1];
  if (last.poss) return null;
  const next = tokens[nameTo];
  if (!next || !gapIs(text, last.outerEnd, next.start, ',')) return null;
  const w = next.text;
  if (/^\d+$/.test(w)) return ''; // age: "Leon Yeaman, 55,"
  if (w === 'who' || w === 'whose') return '';
  let i = nameTo;
  if (w === 'a' || w === 'an' || w === 'the' || w === 'his' || w === 'her' || w === 'their') i++;
  // "Oisin Tymon, Clarkson's hapless producer": a possessive name as the determiner.
  else if (next.poss && isUpperChar(w[0]) && !SPEECH_VERBS.has(tokens[nameTo + 1]?.text ?? '')) i++;
  // The phrase runs to the next comma, full stop or quote; it must hold a role noun early on.
  const phraseStart = tokens[i]?.start;
  if (phraseStart === undefined) return null;
  let hasRole = false;
  let end = phraseStart;
  for (let j = i; j < tokens.length && j < i + 24; j++) {
    const t = tokens[j];
    // The gap holds a stop, a bracket, a quotation mark or a dash: `/[,.;:"\u201c\u201d()]|\u2014|--/`.
    if (j > i && (gapHas(text, end, t.start, ',.;:"\u201c\u201d()\u2014') || (gapHas(text, end, t.start, '-') && text.slice(end, t.start).includes('--')))) break;
    if (j < i + 4 && isRoleNoun(t.text) && lower(t.text[0]) === t.text[0]) hasRole = true;
    if (j === i && isUpperChar(t.text[0]) && !hasRole && i === nameTo) return null; // "Aleppo, Syria"
    end = t.outerEnd;
  }
  if (!hasRole && i === nameTo) return null;
  if (!hasRole) {
    // "the U.S. ambassador in Baghdad": a role noun further in still makes it a description.
    for (let j = i; j < tokens.length && tokens[j].start < end; j++) if (isRoleNoun(tokens[j].text)) hasRole = true;
  }
  return hasRole ? text.slice(phraseStart, end) : null;
}

/** Lower-case role words right before the run ("Marseille prosecutor", "fish trader"). */
function premodifierRole(text: string, o: Occurrence): string | null {
  const { tokens } = o;
  const i = o.runFrom - 1;
  if (i < 0 || !isRoleNoun(tokens[i].text) || tokens[i].poss) return null;
  if (!gapIs(text, tokens[i].outerEnd, tokens[o.runFrom].start, '')) return null;
  let s = i;
  while (s - 1 >= 0 && s > i - 3) {
    const p = tokens[s - 1];
    if (FUNCTION_WORDS.has(lower(p.text)) || p.poss || !gapIs(text, p.outerEnd, tokens[s].start, '')) break;
    if (/^\d/.test(p.text)) break;
    s--;
  }
  return text.slice(tokens[s].start, tokens[i].end);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'our', 'your']);
/** Nouns for a person that are no role ("the woman, Ann Lee"): evidence in appositions only. */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'teenager', 'teen', 'person', 'gentleman', 'lady', 'youngster', 'pupil', 'schoolboy', 'schoolgirl']);
/** Relatives: "his father Peter", "her daughter, Grace". */
const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'fiancee', 'fiance', 'fianc\u00e9e', 'fianc\u00e9', 'girlfriend', 'boyfriend', 'widow', 'widower', 'mum', 'mom', 'dad', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'twin', 'sibling', 'grandchild', 'granddad', 'grandma', 'grandpa', 'mother-in-law', 'father-in-law', 'daughter-in-law', 'son-in-law', 'sister-in-law', 'brother-in-law']);

/** A role phrase ending in a comma right before the name ("his attorney, Michael Schneider"). */
function roleBeforeComma(text: string, o: Occurrence): string | null {
  const { tokens } = o;
  const first = tokens[o.runFrom];
  const prev = tokens[o.runFrom - 1];
  if (!prev || !gapIs(text, prev.outerEnd, first.start, ',')) return null;
  for (let s = o.runFrom - 1; s >= 0 && s >= o.runFrom - 12; s--) {
    const w = lower(tokens[s].text);
    if (s < o.runFrom - 1 && gapHas(text, tokens[s].outerEnd, tokens[s + 1].start, ',.;:"\u201c\u201d')) return null;
    // "Ahmadinejad's successor, Hassan Rouhami": a possessive name determines the phrase too.
    if (DETERMINERS.has(w) || (tokens[s].poss && s < o.runFrom - 1)) {
      const phrase = tokens.slice(s + 1, o.runFrom);
      if (phrase.length && phrase.some((t) => !t.poss && (isRoleNoun(t.text) || PERSON_NOUNS.has(t.text)))) return text.slice(phrase[0].start, prev.end);
      if (tokens[s].poss) return null;
    }
  }
  return null;
}

/** A run that only names a place: after "in/at/near", or followed by ", Country". */
function placeContext(text: string, o: Occurrence): boolean {
  if (o.titles) return false;
  const before = o.tokens[o.runFrom - 1];
  if (before && PLACE_PREPOSITIONS.has(before.text) && gapIs(text, before.outerEnd, o.tokens[o.runFrom].start, '')) return true;
  return placeFollows(text, o);
}

/** "Sherman Oaks, California": a run followed by ", <place>" is a place. */
function placeFollows(text: string, o: Occurrence): boolean {
  if (o.titles) return false;
  const after = o.tokens[o.nameTo];
  const last = o.tokens[o.nameTo - 1];
  return !!after && gapIs(text, last.outerEnd, after.start, ',') && PLACES.has(after.text);
}

/** Nouns whose own name follows or stands in apposition: animals, illnesses, vessels ("his horse X"). */
const THING_NOUNS = new Set(['horse', 'horses', 'racehorse', 'pony', 'stallion', 'mare', 'colt', 'filly', 'gelding', 'dog', 'dogs', 'puppy', 'puppies', 'terrier', 'terriers', 'spaniel', 'labrador', 'cat', 'cats', 'kitten', 'pet', 'pets', 'parrot', 'tortoise', 'gorilla', 'elephant', 'condition', 'disease', 'syndrome', 'disorder', 'ship', 'vessel', 'yacht']);
/** Nouns after which a name is a work or a fictional character ("the Harry Potter star"). */
const WORK_AFTER = new Set(['star', 'stars', 'franchise', 'character', 'characters', 'saga', 'films', 'movies', 'novels']);
/** Nouns a name may modify in one place without naming a person there ("the Andrew Marr show"). */
const MODIFIED_NOUNS = new Set(['show', 'programme', 'program', 'series', 'journalists', 'cartoonists', 'magazine', 'books']);
/** Words of a firm's name after an ampersand ("Angelo Gordon & Co"). */
const FIRM_TAILS = new Set(['Co', 'Co.', 'Sons', 'Partners', 'Associates', 'Company']);

/** The run names an animal, a thing, a firm or a work: by the noun before or in apposition after, "& Co", or "X star". */
function namesThing(text: string, o: Occurrence): boolean {
  if (o.titles && PERSON_TITLES.has(o.titles)) return false;
  const { tokens } = o;
  const first = tokens[o.runFrom];
  const last = tokens[o.nameTo - 1];
  const before = tokens[o.runFrom - 1];
  // "his horse Monbeg Dude", "his Scottish terriers, Barney".
  const after = tokens[o.nameTo];
  if (before && THING_NOUNS.has(before.text) && !before.poss) {
    if (gapIs(text, before.outerEnd, first.start, '')) return true;
    // After a comma only as a list or an apposition ("his terriers, Rolo and ..."), not "a firm, Smith said".
    if (gapIs(text, before.outerEnd, first.start, ',') && (!after || after.text === 'and' || /^\s*[,.;]/.test(text.slice(last.outerEnd, last.outerEnd + 4)))) return true;
  }
  if (last.poss) return false;
  if (!after) return false;
  // "Monbeg Dude, the horse whom he owns".
  if (gapIs(text, last.outerEnd, after.start, ',') && (after.text === 'the' || after.text === 'a' || after.text === 'an') && THING_NOUNS.has(tokens[o.nameTo + 1]?.text ?? '') && /^\p{Ll}/u.test(after.text)) return true;
  if (gapIs(text, last.outerEnd, after.start, '&') && FIRM_TAILS.has(after.text)) return true;
  if (o.size < 2 || !WORK_AFTER.has(after.text) || !gapIs(text, last.outerEnd, after.start, '')) return false;
  // "X, Y and Z star in the film": "star" as a verb. As a noun it takes a name or follows a determiner.
  if (after.text === 'star' || after.text === 'stars') {
    const then = tokens[o.nameTo + 1];
    if (then && isUpperChar(then.text[0]) && gapIs(text, after.outerEnd, then.start, '')) return true;
    for (let k = o.runFrom - 1; k >= 0 && k >= o.runFrom - 3; k--) {
      const w = lower(tokens[k].text);
      if (w === 'the' || w === 'a' || w === 'an' || w === 'his' || w === 'her' || w === 'its' || w === 'their' || tokens[k].poss) return true;
      if (!/^\p{Ll}/u.test(tokens[k].text) || FUNCTION_WORDS.has(w)) return false;
    }
    return false;
  }
  return true;
}

/** A possessive of a title character within the clause around the name ("Kimmy's employers, Julian"). */
function throughTitleCharacter(text: string, o: Occurrence, titleWords: Set<string>): boolean {
  const { tokens } = o;
  for (let k = o.runFrom - 1; k >= 0 && k >= o.runFrom - 6; k--) {
    if (gapHas(text, tokens[k].outerEnd, tokens[k + 1].start, '.;:!?"\u201c\u201d')) break;
    if (tokens[k].poss && titleWords.has(lower(tokens[k].text))) return true;
  }
  const next = tokens[o.nameTo];
  return !!next && next.poss && titleWords.has(lower(next.text)) && gapIs(text, tokens[o.nameTo - 1].outerEnd, next.start, ',');
}

/** "the Andrew Marr show", "Charlie Hebdo journalists": a name directly before a noun it modifies. */
function modifiesNoun(text: string, o: Occurrence): boolean {
  const last = o.tokens[o.nameTo - 1];
  const after = o.tokens[o.nameTo];
  return !last.poss && !!after && MODIFIED_NOUNS.has(after.text) && gapIs(text, last.outerEnd, after.start, '');
}

/** `"Erin Burnett: Outfront"`: a name that opens a quoted title is part of the title. */
function openedByQuote(text: string, o: Occurrence): boolean {
  // `"The Unbreakable Kimmy Schmidt,"`: capitalised words stripped before the run still belong to the title.
  let f = o.runFrom;
  while (f > 0 && f > o.runFrom - 2 && isUpperChar(o.tokens[f - 1].text[0]) && gapIs(text, o.tokens[f - 1].outerEnd, o.tokens[f].start, '')) f--;
  const c = text[o.tokens[f].start - 1];
  if (c !== '"' && c !== '\u201c' && c !== '\u2018') return false;
  // `there," Hamilton's`: a straight mark after a word closes a quote; it opens one only after a space.
  const b = text[o.tokens[f].start - 2];
  if (c === '"' && b !== undefined && b !== ' ' && b !== '\n' && b !== '(' && b !== '\u2014') return false;
  let end = o.tokens[o.nameTo - 1].outerEnd;
  // `"Anderson Cooper 360"`: a number may close the title.
  const nextTok = o.tokens[o.nameTo];
  if (nextTok && hasDigit(nextTok.text) && gapIs(text, end, nextTok.start, '')) end = nextTok.outerEnd;
  const e = text[end] === ',' || text[end] === '.' ? text[end + 1] : text[end];
  return e === ':' || e === '"' || e === '\u201d' || e === '\u2019';
}

/** Collects the roles an occurrence's context gives. */
function rolesOf(text: string, o: Occurrence): string[] {
  const roles: string[] = [];
  const add = (r: string | null) => {
    if (!r) return;
    // Most roles hold no " and ": no split for them.
    for (const part of r.includes(' and ') ? r.split(/ and (?:a|an|the) /) : [r]) if (part && !roles.includes(part)) roles.push(part);
  };
  if (o.prefixRole) add(o.prefixRole);
  else if (o.titles) add(o.titles);
  add(premodifierRole(text, o));
  add(appositionAfter(text, o) || null);
  add(roleBeforeComma(text, o));
  return roles;
}

/** Whether only a list separator (",", "and", ", and", "&") lies between two occurrences. */
function listGap(text: string, a: Occurrence, b: Occurrence): boolean {
  if (a.region !== b.region || a.tokens[a.nameTo - 1].poss) return false;
  const from = a.tokens[a.nameTo - 1].outerEnd;
  const to = b.tokens[b.runFrom].start;
  if (to - from > 8) return false;
  const gap = text.slice(from, to).trim();
  return gap === ',' || gap === 'and' || gap === ', and' || gap === '&';
}

/**
 * Names in one list with a confirmed name ("Luis Hernandez, Manuel Sanchez and Don Erickson"): a
 * chain of full names joined by commas and "and" is confirmed as a whole.
 */
function confirmCoordinated(text: string, occ: Occurrence[], confirmed: Set<string>): void {
  let i = 0;
  while (i < occ.length) {
    let j = i;
    while (j + 1 < occ.length && listGap(text, occ[j], occ[j + 1])) j++;
    if (j > i) {
      let any = false;
      for (let k = i; k <= j; k++) if (occ[k].confirmed || confirmed.has(occ[k].norm)) any = true;
      if (any) {
        for (let k = i; k <= j; k++) {
          occ[k].confirmed = true;
          confirmed.add(occ[k].norm);
        }
      }
    }
    i = j + 1;
  }
}

/** "Both Suha and Karima": a single name joined by "and" to a confirmed single name. */
function confirmCoordinatedSingles(text: string, singles: Occurrence[], placeLike: Set<string>): void {
  const known = new Set(singles.filter((x) => x.confirmed).map((x) => x.norm));
  if (!known.size) return;
  for (let i = 0; i + 1 < singles.length; i++) {
    const a = singles[i];
    const b = singles[i + 1];
    if (a.soft || b.soft || a.region !== b.region) continue;
    const gap = text.slice(a.tokens[a.nameTo - 1].outerEnd, b.tokens[b.runFrom].start).trim();
    if (gap !== 'and' || placeLike.has(a.norm) || placeLike.has(b.norm) || TITLES.has(a.name) || TITLES.has(b.name)) continue;
    if (known.has(a.norm) && !known.has(b.norm)) known.add(b.norm);
    else if (known.has(b.norm) && !known.has(a.norm)) known.add(a.norm);
  }
  for (const x of singles) if (!x.confirmed && known.has(x.norm) && x.name !== x.name.toUpperCase()) x.confirmed = true;
}

/** A run that reads as a full personal name on its own: a known given name first, or "O'Brien"/"McNeil". */
function nameShapedPerson(o: Occurrence, vocab: Vocabulary): boolean {
  if (o.soft || o.size < 2 || o.size > 4) return false;
  const { tokens, nameFrom, nameTo } = o;
  // "Juan Ramon Lopez Caro": four words only after two known given names.
  if (o.size === 4) {
    if (!(GIVEN.has(tokens[nameFrom].text) && GIVEN.has(tokens[nameFrom + 1].text))) return false;
    for (let k = nameFrom; k < nameTo; k++) if (vocab.has(lower(tokens[k].text))) return false;
  }
  // "Arnold Palmer Invitational", "Hugo Lloris Defenders": a third word must be name-like itself.
  if (o.size === 3) {
    const mid = tokens[nameFrom + 1].text;
    if (!(mid.length <= 2 && mid.endsWith('.')) && !LOOSE_GIVEN.has(mid)) return false;
  }
  for (let k = nameFrom + 1; k < nameTo; k++) {
    const w = tokens[k].text;
    if (w.endsWith('s') && !ROLE_NOUNS.has(lower(w)) && isRoleNoun(w)) return false;
  }
  const first = tokens[nameFrom].text;
  if ((GIVEN.has(first) || (LOOSE_GIVEN.has(first) && !COMMON_CAPITALISED.has(first))) && !vocab.has(lower(first))) return true;
  // "Jean-Luc Picard": a hyphenated first word whose parts are both known given names.
  const dash = first.indexOf('-');
  if (dash > 0 && GIVEN.has(first.slice(0, dash)) && (GIVEN.has(first.slice(dash + 1)) || LOOSE_GIVEN.has(first.slice(dash + 1)))) return true;
  const last = o.tokens[o.nameTo - 1].text;
  return CELTIC_SURNAME.test(last);
}

const CELTIC_SURNAME = /^(?:O['\u2019]|Mc|Mac)\p{Lu}\p{Ll}/u;

/** Context strong enough to keep a name after "in"/"from"/"to": a title, "according to", a role apposition. */
function strongContext(text: string, o: Occurrence, placeLike?: Set<string>): boolean {
  if (o.titles) return true;
  const before = o.tokens[o.runFrom - 1];
  if (before && before.text === 'to' && o.tokens[o.runFrom - 2]?.text === 'according') return true;
  // "at Dzhokhar Tsarnaev's trial": a full name owning an event or a thing after the preposition.
  const last = o.tokens[o.nameTo - 1];
  const after = o.tokens[o.nameTo];
  if (o.size >= 2 && last.poss && after && /^\p{Ll}/u.test(after.text) && o.tokens.slice(o.nameFrom, o.nameTo).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !placeLike?.has(lower(t.text)))) return true;
  return !!appositionAfter(text, o);
}

interface Draft {
  name: string;
  norm: string;
  tokens: string[];
  titles: string[];
  roles: string[];
  mentions: Mention[];
  starts?: Set<number>;
  /** Gender known from how the article introduced the person ("his mother Claire"). */
  gender?: 'm' | 'f';
  /** Kin heads the article implies but does not write ("her parents Sarah and John": mother, father). */
  kinHeads?: string[];
}

function mention(text: string, span: Span, kind: MentionKind): Mention {
  return { text: text.slice(span.start, span.end), span, kind };
}

/** Whether the single word names the person by surname ("al-Shallal", "Assad") or first name. */
function surnameMatches(word: string, d: Draft): boolean {
  const w = lower(word);
  const last = d.tokens[d.tokens.length - 1];
  if (w === last) return true;
  const h = last.indexOf('-');
  if (h > 0 && h <= 3 && PARTICLES.has(last.slice(0, h)) && w === last.slice(h + 1)) return true;
  // "du Plessis" written alone keeps its particle: "Plessis" matches "faf du plessis".
  return false;
}

/** Extracts every named person of the article with titles, roles and mentions. */
export function extractPeople(doc: DocumentView): Person[] {
  try {
    return extract(doc);
  } catch {
    return [];
  }
}

function extract(doc: DocumentView): Person[] {
  const text = doc.text;
  const regions = regionsOf(doc);
  const tokenLists = regions.map((r) => tokenize(text, r.span.start, r.span.end));
  const words = scanWords(tokenLists);
  const vocab = words.vocab;
  const occ: Occurrence[] = [];
  const singles: Occurrence[] = [];
  /** Words the article uses as places or in organisation names ("in Ferguson", "Ferguson Police"). */
  const placeLike = new Set<string>();
  /** Names of animals, things and works ("his horse X"), never people. */
  const thingNorms = new Set<string>();
  let lastThing: Occurrence | null = null;
  /** Words of names in quoted titles ("The Unbreakable Kimmy Schmidt"): the work's characters are named through them. */
  const titleWords = new Set<string>();
  for (let ri = 0; ri < regions.length; ri++) {
    const region = regions[ri];
    const tokens = tokenLists[ri];
    for (const run of findRuns(text, tokens)) {
      // "the Ferguson Police Department": words that modify an organisation or place word.
      if (run.to - run.from >= 2 && NON_PERSON_WORDS.has(tokens[run.to - 1].text)) {
        for (let k = run.from; k < run.to - 1; k++) placeLike.add(lower(tokens[k].text));
      }
      // A lone capitalised common word ("The", "But") is no name: analyseRun would strip it away.
      if (run.to - run.from === 1 && COMMON_CAPITALISED.has(tokens[run.from].text)) continue;
      const o = analyseRun(text, tokens, run.from, run.to, region, vocab);
      if (!o) continue;
      // "his horse Monbeg Dude", "the condition X", "Angelo Gordon & Co", "Harry Potter star":
      // the run names an animal, a thing or a work wherever it appears.
      const thing: boolean = namesThing(text, o) || (!!lastThing && lastThing.region === region && listGap(text, lastThing, o));
      lastThing = thing ? o : null;
      if (thing) {
        thingNorms.add(o.norm);
        continue;
      }
      // `"King Lear."`, "the Andrew Marr show", "Charlie Hebdo journalists": a title or a modifier here.
      if (openedByQuote(text, o)) {
        for (let k = o.nameFrom; k < o.nameTo; k++) titleWords.add(lower(o.tokens[k].text));
        continue;
      }
      if (modifiesNoun(text, o)) continue;
      // "OU SAE": abbreviations only.
      if (o.size >= 2 && o.tokens.slice(o.nameFrom, o.nameTo).every((t) => t.text.length >= 2 && isAllCaps(t.text) && !t.text.includes('.'))) continue;
      if (o.size >= 2) {
        if (o.size > 5) continue;
        const given = nameShapedPerson(o, vocab) && !openedByQuote(text, o);
        if (placeFollows(text, o) || (placeContext(text, o) && !given && !strongContext(text, o, placeLike))) continue;
        o.confirmed = (given && !o.soft) || confirmedByContext(text, o);
        occ.push(o);
      } else {
        if (placeFollows(text, o) || (placeContext(text, o) && !strongContext(text, o))) {
          placeLike.add(o.norm);
          continue;
        }
        singles.push(o);
      }
    }
  }
  // "Charles, Kimmy's colleague": a person described through a title character is a character too.
  if (titleWords.size) {
    // "The Diary of Anne Frank": a title word that also names a confirmed person is a real person's name.
    for (const o of occ) for (let k = o.nameFrom; k < o.nameTo; k++) titleWords.delete(lower(o.tokens[k].text));
    for (const o of [...occ, ...singles]) if (throughTitleCharacter(text, o, titleWords)) thingNorms.add(o.norm);
  }
  if (thingNorms.size) {
    const keep = (o: Occurrence) => !thingNorms.has(o.norm);
    occ.splice(0, occ.length, ...occ.filter(keep));
    singles.splice(0, singles.length, ...singles.filter(keep));
  }
  // A lone title or role word ("Mr. Ambassador") is a form of address, not a name.
  // "Criminal Justice Reform": a titled single word the article also writes in lower case is no name.
  for (const o of singles) o.confirmed = !o.soft && !loneTitle(o) && (o.titled ? !vocab.has(lower(o.norm)) : singleConfirmed(text, o, vocab, placeLike));
  // A full name counts once confirmed anywhere, or when its surname is used alone elsewhere.
  // "the Rams": a single word after "the" names a team or a group, never a person by surname.
  const singleWords = new Set(singles.filter((x) => !x.soft && x.tokens[x.runFrom - 1]?.text !== 'the').map((x) => x.norm));
  const confirmedNorms = new Set(occ.filter((o) => o.confirmed).map((o) => o.norm));
  for (const o of occ) {
    const lastWord = lower(o.tokens[o.nameTo - 1].text);
    if (!o.soft && singleWords.has(lastWord)) confirmedNorms.add(o.norm);
  }
  confirmCoordinated(text, occ, confirmedNorms);
  confirmCoordinatedSingles(text, singles, placeLike);
  // "Bob Murray, president and CEO of Murray Mining": a run that opens with the surname of the
  // name just before it (in the same sentence) names that person's firm, not a new person.
  for (let i = 1; i < occ.length; i++) {
    const o = occ[i];
    if (o.titles) continue;
    const first = lower(o.tokens[o.nameFrom].text);
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const p = occ[j];
      if (p.region !== o.region || o.span.start - p.span.end > 150) break;
      if (p.size >= 2 && p.norm.endsWith(' ' + first) && !/[.!?]\s/.test(text.slice(p.span.end, o.span.start))) {
        confirmedNorms.delete(o.norm);
        break;
      }
    }
  }
  // "Top Gear Jeremy Clarkson": common words glued before a given name and surname the article also
  // writes on their own (the full pair, or the surname alone) are a show or a team, not the name.
  const pairNorms = new Set(occ.filter((o) => o.size === 2).map((o) => o.norm));
  /** Words that open a name somewhere ("Mohamed" in "Mohamed Farah"): given names, never glued words. */
  const openers = new Set(occ.map((o) => o.tokens[o.nameFrom].text));
  for (const o of occ) {
    if (o.size < 3 || o.size > 4 || o.titles) continue;
    const k = o.nameTo - 2;
    const last = o.tokens[o.nameTo - 1];
    if (!GIVEN.has(o.tokens[k].text) || last.poss) continue;
    let glued = true;
    for (let j = o.nameFrom; j < k && glued; j++) {
      const w = o.tokens[j].text;
      glued = !GIVEN.has(w) && !LOOSE_GIVEN.has(w) && !PARTICLES.has(w) && !w.includes('.') && (j > o.nameFrom || !openers.has(w) || occ.every((x) => x.norm === o.norm || x.tokens[x.nameFrom].text !== w || !confirmedNorms.has(x.norm)));
    }
    if (!glued) continue;
    // The glued words are common words, or the article writes them elsewhere without the name.
    const prefix = text.slice(o.tokens[o.nameFrom].start, o.tokens[k - 1].end);
    const common = o.tokens.slice(o.nameFrom, k).every((t) => vocab.has(lower(t.text)) || COMMON_CAPITALISED.has(t.text) || NON_PERSON_WORDS.has(t.text));
    if (!common) {
      let alone = false;
      for (let at = text.indexOf(prefix); at >= 0 && !alone; at = text.indexOf(prefix, at + 1)) alone = !text.startsWith(' ' + o.tokens[k].text, at + prefix.length) && !isLetterAt(text, at + prefix.length) && !isLetterAt(text, at - 1);
      glued = alone;
    }
    const tail = lower(`${o.tokens[k].text} ${last.text}`);
    if (!glued || !(pairNorms.has(tail) || singleWords.has(lower(last.text)))) continue;
    if (confirmedNorms.has(o.norm)) confirmedNorms.add(tail);
    o.nameFrom = k;
    o.size = 2;
    o.norm = tail;
    o.span = { start: o.tokens[k].start, end: o.span.end };
    o.name = text.slice(o.span.start, o.span.end);
  }
  const drafts: Draft[] = [];
  const byNorm = new Map<string, Draft>();
  // Longest names first so that a shorter form ("Stephen Kramer") folds into the longer one.
  const fulls = occ.filter((o) => confirmedNorms.has(o.norm)).sort((x, y) => y.size - x.size);
  /** How often a full name is written, in full or by its last word alone. */
  const useCounts = new Map<string, number>();
  for (const o of occ) useCounts.set(o.norm, (useCounts.get(o.norm) ?? 0) + 1);
  for (const x of singles) useCounts.set(x.norm, (useCounts.get(x.norm) ?? 0) + 1);
  const uses = (norm: string) => (useCounts.get(norm) ?? 0) + (useCounts.get(norm.slice(norm.lastIndexOf(' ') + 1)) ?? 0);
  for (const o of fulls) {
    if (byNorm.has(o.norm)) continue;
    // "Robert Schuller" for "Robert H. Schuller": a middle initial may be left out.
    const container = drafts.find((d) => containsSequence(d.norm, o.norm) && !namesRelative(d.norm, o.norm)) ?? (o.size >= 2 ? drafts.find((d) => variantOf(d.norm, o.norm)) : undefined);
    if (container) {
      byNorm.set(o.norm, container);
      // "Sam Decker" once, "Sam Dekker" and "Dekker" often: the spelling the article uses most names the person.
      if (container.tokens.length === o.size && container.norm.slice(0, container.norm.lastIndexOf(' ')) === o.norm.slice(0, o.norm.lastIndexOf(' ')) && uses(o.norm) > uses(container.norm)) {
        container.name = o.name;
        container.norm = o.norm;
        container.tokens = o.norm.split(' ');
      }
      continue;
    }
    const d: Draft = { name: o.name, norm: o.norm, tokens: o.norm.split(' '), titles: [], roles: [], mentions: [] };
    drafts.push(d);
    byNorm.set(o.norm, d);
  }
  for (const o of occ) {
    const d = byNorm.get(o.norm);
    if (!d) continue;
    addOccurrence(text, d, o, o.titledSpan ? 'TITLED_NAME' : d.norm === o.norm ? 'FULL_NAME' : 'PARTIAL_NAME');
  }
  // Surnames the article writes after a gendered title ("Mrs Christie", "Mr Christie").
  const femaleTitled = new Set<string>();
  const maleTitled = new Set<string>();
  for (const s of singles) {
    if (FEMALE_ADDRESS.has(addressOf(s))) femaleTitled.add(s.norm);
    else if (MALE_ADDRESS.has(addressOf(s))) maleTitled.add(s.norm);
  }
  addFamilySurnames(text, singles, drafts);
  const nickOwner = nicknamedNames(text, singles, occ, drafts, byNorm);
  const bodyStart = regions.find((r) => r.kind !== 'HIGHLIGHT')?.span.start ?? 0;
  // Single words: a surname or first name of a known person, else a titled or confirmed single name.
  for (const s of singles) {
    const owner = nickOwner.get(s.span.start) ?? nickOwner.get(s.norm);
    if (owner) {
      addOccurrence(text, owner, s, s.titledSpan ? 'TITLED_NAME' : 'PARTIAL_NAME');
      continue;
    }
    let bySurname = drafts.filter((d) => d.tokens.length > 1 && surnameMatches(s.norm, d));
    if (bySurname.length > 1) {
      // A husband and wife sharing a surname: "Mrs Christie" is the woman; where the article keeps
      // "Mrs" for her, a bare "Christie" is the man (and the other way round).
      const want = FEMALE_ADDRESS.has(addressOf(s)) ? 'f' : MALE_ADDRESS.has(addressOf(s)) ? 'm' : femaleTitled.has(s.norm) && !maleTitled.has(s.norm) ? 'm' : maleTitled.has(s.norm) && !femaleTitled.has(s.norm) ? 'f' : null;
      const same = want ? bySurname.filter((d) => draftGender(d) === want) : [];
      const notOther = want ? bySurname.filter((d) => draftGender(d) !== (want === 'm' ? 'f' : 'm')) : [];
      if (same.length === 1) bySurname = same;
      else if (notOther.length === 1) bySurname = notOther;
    }
    // "President Bush ... his" beside "Laura Bush": the pronoun that follows a bare surname rules
    // out the one full name of the other gender.
    if (bySurname.length === 1 && !FEMALE_ADDRESS.has(addressOf(s)) && !MALE_ADDRESS.has(addressOf(s)) && bySurname[0].mentions.every((m) => !m.text.includes(bySurname[0].name) || m.span.start > s.span.start)) {
      const g = givenGender(bySurname[0].name);
      const p = g ? pronounGenderAfter(text, s.span.end, s.region.span.end) : null;
      if (p && p !== g) bySurname = [];
    }
    const byFirst = bySurname.length ? [] : drafts.filter((d) => d.tokens.length > 1 && d.tokens[0] === s.norm);
    const matches = bySurname.length ? bySurname : byFirst;
    if (matches.length >= 1) {
      // "Schuller's daughter-in-law, Donna Schuller": a relative introduced through the surname
      // does not take the bare surname from the person it was introduced by.
      const own = matches.length > 1 ? matches.filter((d) => !relativeOf(text, d, s.norm)) : matches;
      let pool = own.length ? own : matches;
      // "- ... Martin Richard ..." in the highlights, then "Bill Richard ... Martin ... Richard said"
      // in the body: a bare surname in the body names a holder whose full name the body writes.
      // "Jonas "Yunus" Edmonds": a first name and a quoted nickname right before the surname.
      const nicknamed = pool.filter((d) => d.mentions.some((m) => m.span.end < s.span.start && s.span.start - m.span.end <= 30 && NICKNAME_GAP.test(text.slice(m.span.end, s.span.start))));
      if (nicknamed.length === 1) pool = nicknamed;
      if (pool.length > 1 && bySurname.length && s.region.kind !== 'HIGHLIGHT') {
        const inBody = pool.filter((d) => d.mentions.some((m) => m.span.start >= bodyStart && m.span.start < s.span.start && m.kind !== 'DESCRIPTION' && hasWord(m.text, s.norm)));
        if (inBody.length) pool = inBody;
      }
      addOccurrence(text, nearestBefore(pool, s.span.start), s, s.titledSpan ? 'TITLED_NAME' : 'PARTIAL_NAME');
      continue;
    }
    let d = byNorm.get(s.norm);
    if (!d && s.confirmed) {
      d = { name: s.name, norm: s.norm, tokens: [s.norm], titles: [], roles: [], mentions: [] };
      drafts.push(d);
      byNorm.set(s.norm, d);
    }
    if (d) {
      addOccurrence(text, d, s, s.titledSpan ? 'TITLED_NAME' : 'FULL_NAME');
      // "her parents Sarah and John": "her mother" then stands for Sarah.
      const g = s.tokens[s.runFrom - 1]?.text === 'parents' || s.tokens[s.runFrom - 1]?.text === 'and' ? parentKinGender(text, s) : null;
      const head = g === 'f' ? 'mother' : g === 'm' ? 'father' : null;
      if (head && !(d.kinHeads ??= []).includes(head)) d.kinHeads.push(head);
    }
  }
  addPeerages(text, tokenLists, words.peerages, drafts, byNorm);
  const kept = drafts.filter((d) => d.mentions.length > 0);
  const people = kept
    .map((d) => ({
      key: personKey(d.name),
      name: d.name,
      titles: d.titles,
      roles: d.roles,
      mentions: d.mentions.sort((a, b) => a.span.start - b.span.start),
    }));
  addDescriptionMentions(text, tokenLists, words.determiners, people, kept.map((d) => d.kinHeads));
  return dedupeKeys(people);
}

/** Peerage ranks written before the peer's title name ("Viscount Bearsted"): part of that name. */
const PEER_PREFIXES = new Set(['Viscount', 'Viscountess', 'Baron', 'Baroness', 'Marquess', 'Marchioness', 'Countess']);

/** Peerages held by one person at a time: "the Duchess of Cambridge", "the Prince of Wales". */
const PEERAGES = new Set(['Duke', 'Duchess', 'Earl', 'Countess', 'Marquess', 'Marchioness', 'Viscount', 'Viscountess', 'Baron', 'Baroness', 'Prince', 'Princess']);

/**
 * "The Duke and Duchess of Cambridge", "the Prince of Wales": a peerage of a place names its holder
 * (the name is the peerage), unless it stands in apposition to a name ("William, Duke of
 * Cambridge") or modifies an organisation word ("the Duke of Edinburgh Award").
 */
function addPeerages(text: string, tokenLists: Token[][], ranks: number[][], drafts: Draft[], byNorm: Map<string, Draft>): void {
  const found: { name: string; rank: string; span: Span; owner: string | null }[] = [];
  for (let list = 0; list < tokenLists.length; list++) {
    const tokens = tokenLists[list];
    // Only the ranks (in text order), each past the peerage read before it.
    let resume = 0;
    for (const i of ranks[list]) {
      if (i + 2 >= tokens.length) break;
      if (i < resume) continue;
      let k = i + 1;
      const holders = [i];
      // "Duke and Duchess of Cambridge".
      if (tokens[k].text === 'and' && PEERAGES.has(tokens[k + 1]?.text ?? '') && !tokens[k + 1].poss && gapIs(text, tokens[i].outerEnd, tokens[k].start, '')) {
        holders.push(k + 1);
        k += 2;
      }
      if (tokens[k]?.text !== 'of' || !gapIs(text, tokens[k - 1].outerEnd, tokens[k].start, '')) continue;
      let e = k + 1;
      if (!tokens[e] || !/^\p{Lu}\p{Ll}+$/u.test(tokens[e].text) || !gapIs(text, tokens[k].outerEnd, tokens[e].start, '')) continue;
      while (!tokens[e].poss && tokens[e + 1] && /^\p{Lu}\p{Ll}+$/u.test(tokens[e + 1].text) && gapIs(text, tokens[e].outerEnd, tokens[e + 1].start, '') && e < k + 3) e++;
      if (NON_PERSON_WORDS.has(tokens[e].text) && e > k + 1) continue;
      const next = tokens[e + 1];
      if (next && !tokens[e].poss && gapIs(text, tokens[e].outerEnd, next.start, '') && isUpperChar(next.text[0])) continue;
      // `"Prince of Persia: ..."`: a quoted title.
      const c = text[tokens[i].start - 1];
      if (c === '"' || c === '\u201c' || c === '\u2018') continue;
      // "Camilla, Duchess of Cornwall", "Camilla, now Duchess of Cornwall": the peerage of the name before.
      let prev: Token | undefined = tokens[i - 1];
      if (prev && prev.text === 'now' && tokens[i - 2] && gapIs(text, tokens[i - 2].outerEnd, prev.start, ',')) prev = tokens[i - 2];
      else if (prev && !gapIs(text, prev.outerEnd, tokens[i].start, ',')) prev = undefined;
      const owner = prev && isUpperChar(prev.text[0]) && !prev.poss ? lower(prev.text) : null;
      const place = text.slice(tokens[k].start, tokens[e].end);
      for (const h of holders) {
        const span = holders.length === 1 ? { start: tokens[i].start, end: tokens[e].end } : { start: tokens[h].start, end: tokens[h].end };
        found.push({ name: `${tokens[h].text} ${place}`, rank: tokens[h].text, span, owner });
      }
      resume = e + 1;
    }
  }
  if (!found.length) return;
  // A peerage written in apposition to a name belongs to that person everywhere in the article.
  const owners = new Map<string, Draft>();
  for (const f of found) {
    if (!f.owner) continue;
    const d = drafts.find((x) => x.tokens.includes(f.owner!));
    if (d) owners.set(lower(f.name), d);
  }
  for (const f of found) {
    const norm = lower(f.name);
    if (f.owner) continue;
    // "the Prince of Wales" beside "Prince Charles": the one person of that rank named in the article.
    const ranked = drafts.filter((x) => x.titles.includes(f.rank) && !byNorm.has(norm));
    let d = owners.get(norm) ?? byNorm.get(norm) ?? (ranked.length === 1 ? ranked[0] : undefined);
    if (!d) {
      d = { name: f.name, norm, tokens: norm.split(' '), titles: [], roles: [], mentions: [] };
      drafts.push(d);
      byNorm.set(norm, d);
    }
    d.starts ??= new Set();
    if (!d.starts.has(f.span.start)) {
      d.starts.add(f.span.start);
      d.mentions.push(mention(text, f.span, d.norm === norm ? 'FULL_NAME' : 'DESCRIPTION'));
    }
  }
}

/** `/^(?:Mrs|Ms|Miss)\.?$/` and `/^Mr\.?$/`, as sets: tested several times per single name. */
const FEMALE_ADDRESS = new Set(['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Miss.']);
const MALE_ADDRESS = new Set(['Mr', 'Mr.']);

/** The title or form of address right before a single name ("Mrs"), or ''. */
function addressOf(o: Occurrence): string {
  return o.titles || (o.tokens[o.nameFrom - 1]?.text ?? '');
}

const GENDERED_PRONOUN = /\b(?:(he|his|him|himself)|(she|her|hers|herself))\b/i;

/** "m" or "f" for the first gendered pronoun within 200 characters after `pos` (same region). */
function pronounGenderAfter(text: string, pos: number, end: number): 'm' | 'f' | null {
  const m = GENDERED_PRONOUN.exec(text.slice(pos, Math.min(end, pos + 200)));
  return m ? (m[1] ? 'm' : 'f') : null;
}

/** `Lee 'Uncle Poodle' Thompson`: a given name, a quoted nickname of one to three capitalised words, a surname. */
const NICKNAMED_AFTER = /^ ["\u201c\u2018']((?:\p{Lu}[\p{Ll}'-]+ ){0,2}\p{Lu}[\p{Ll}'-]+)["\u201d\u2019'] (\p{Lu}[\p{Ll}'-]+)/u;

/**
 * People written as a given name, a quoted nickname and a surname (`Mike 'Big Bear' Dunn`): the
 * person is "Mike Dunn", and the nickname, or its last word, alone names them elsewhere. Returns
 * the owner of each such surname occurrence (by its start) and of each nickname form (by norm).
 */
function nicknamedNames(text: string, singles: Occurrence[], occ: Occurrence[], drafts: Draft[], byNorm: Map<string, Draft>): Map<number | string, Draft> {
  const owners = new Map<number | string, Draft>();
  // Nickname form `k` names draft `d`; a person the nickname alone had made elsewhere is folded in.
  const claimNickname = (k: string, d: Draft) => {
    const other = byNorm.get(k);
    if (other && other !== d && other.norm === k) {
      for (const mm of other.mentions) if (!d.mentions.some((x) => x.span.start === mm.span.start)) d.mentions.push(mm);
      d.mentions.sort((x, y) => x.span.start - y.span.start);
      for (const st of other.starts ?? []) (d.starts ??= new Set()).add(st);
      drafts.splice(drafts.indexOf(other), 1);
      for (const [key, v] of byNorm) if (v === other) byNorm.set(key, d);
    }
    if (!owners.has(k) && (!byNorm.has(k) || byNorm.get(k) === d)) owners.set(k, d);
    if (k.includes(' ') && !byNorm.has(k)) byNorm.set(k, d);
  };
  const starts = new Map<number, Occurrence>();
  for (const o of singles) starts.set(o.span.start, o);
  for (const o of occ) starts.set(o.span.start, o);
  for (const a of singles) {
    if (!(a.confirmed || GIVEN.has(a.name) || LOOSE_GIVEN.has(a.name)) || a.titled) continue;
    const m = NICKNAMED_AFTER.exec(text.slice(a.span.end, a.span.end + 60));
    if (!m) continue;
    const surnameAt = a.span.end + m[0].length - m[2].length;
    const b = starts.get(surnameAt);
    if (!b || b.size !== 1 || b.norm !== lower(m[2])) continue;
    const norm = `${a.norm} ${b.norm}`;
    let d = byNorm.get(norm);
    if (!d) {
      d = { name: `${a.name} ${b.name}`, norm, tokens: [a.norm, b.norm], titles: [], roles: [], mentions: [] };
      drafts.push(d);
      byNorm.set(norm, d);
    }
    addOccurrence(text, d, a, 'PARTIAL_NAME');
    owners.set(a.span.start, d);
    owners.set(b.span.start, d);
    const nick = lower(m[1]);
    const nickLast = nick.slice(nick.lastIndexOf(' ') + 1);
    for (const k of [nick, nickLast]) claimNickname(k, d);
  }
  // "Julian and Jacqueline Voorhees": a given name joined by "and" to a given name and surname shares that surname.
  for (const a of singles) {
    if (a.titled || !GIVEN.has(a.name) || text.slice(a.span.end, a.span.end + 5) !== ' and ') continue;
    const b = starts.get(a.span.end + 5);
    if (!b || b.size !== 2 || !GIVEN.has(b.tokens[b.nameFrom].text) || b.nameFrom !== b.runFrom || !byNorm.has(b.norm)) continue;
    const surname = b.tokens[b.nameTo - 1];
    if (GIVEN.has(surname.text) || surname.poss) continue;
    const norm = `${a.norm} ${lower(surname.text)}`;
    let d = byNorm.get(norm);
    if (!d) {
      d = { name: `${a.name} ${surname.text}`, norm, tokens: [a.norm, lower(surname.text)], titles: [], roles: [], mentions: [] };
      drafts.push(d);
      byNorm.set(norm, d);
    }
    owners.set(a.span.start, d);
  }
  // "'Mama' Ann Dunn": a quoted nickname right before a full name; "Mama Ann" and "Mama" name her.
  for (const o of occ) {
    const d = o.size >= 2 && o.size <= 3 ? byNorm.get(o.norm) : undefined;
    if (!d || o.span.start < 3) continue;
    const m = NICKNAME_BEFORE.exec(text.slice(Math.max(0, o.span.start - 30), o.span.start));
    if (!m) continue;
    const nick = lower(m[1]);
    for (const k of [nick, `${nick} ${lower(o.tokens[o.nameFrom].text)}`]) claimNickname(k, d);
  }
  return owners;
}

const isLetterAt = (text: string, i: number) => i >= 0 && i < text.length && /\p{L}/u.test(text[i]);

/** A quoted one-word nickname right before a name: `'Mama' `. */
const NICKNAME_BEFORE = /(?:^|[\s(])["\u201c\u2018'](\p{Lu}[\p{Ll}'-]+)["\u201d\u2019'] $/u;

/** A quoted nickname between a first name and a surname: ` "Yunus" `. */
const NICKNAME_GAP = /^ ["\u201c\u2018'][^"\u201c\u201d\u2018\u2019']{1,20}["\u201d\u2019'] $/;

/** Whether `text` holds `word` (lower-cased) as a whole word. */
function hasWord(text: string, word: string): boolean {
  const t = lower(text);
  let i = t.indexOf(word);
  while (i >= 0) {
    const a = t[i - 1];
    const b = t[i + word.length];
    if ((a === undefined || !/[\p{L}\p{N}]/u.test(a)) && (b === undefined || !/[\p{L}\p{N}]/u.test(b))) return true;
    i = t.indexOf(word, i + 1);
  }
  return false;
}

/** The gender the article gave a draft, else the one its given name implies. */
function draftGender(d: Draft): 'm' | 'f' | null {
  return d.gender ?? givenGender(d.name);
}

/** Kin nouns for a parent or spouse, who shares a family's surname and is addressed "Mr"/"Mrs". */
// A Map, not an object literal: a word such as "constructor" must not find Object's prototype.
const PARENT_KIN = new Map<string, 'm' | 'f'>(
  Object.entries({
    mother: 'f', mum: 'f', mom: 'f', wife: 'f', widow: 'f', stepmother: 'f', grandmother: 'f', grandma: 'f',
    father: 'm', dad: 'm', husband: 'm', widower: 'm', stepfather: 'm', grandfather: 'm', granddad: 'm', grandpa: 'm',
  } as const),
);

/**
 * The gender of a one-word given name introduced as a parent or spouse: "his mother Claire",
 * "her husband, Daniel", "her parents Sarah and John" (there by the given name), else null.
 */
function parentKinGender(text: string, s: Occurrence): 'm' | 'f' | null {
  if (s.titled || s.size !== 1) return null;
  const first = s.tokens[s.runFrom];
  const before = s.tokens[s.runFrom - 1];
  if (!before || before.poss) return null;
  if (gapIs(text, before.outerEnd, first.start, '') || gapIs(text, before.outerEnd, first.start, ',')) {
    const g = PARENT_KIN.get(lower(before.text));
    if (g) return g;
  }
  // "her parents Sarah and John", "his parents, John and Sarah".
  const parents = (t: Token | undefined) => !!t && t.text === 'parents';
  const listed =
    (parents(before) && (gapIs(text, before.outerEnd, first.start, '') || gapIs(text, before.outerEnd, first.start, ','))) ||
    (before.text === 'and' && parents(s.tokens[s.runFrom - 3]) && isUpperChar(s.tokens[s.runFrom - 2]?.text[0] ?? 'a'));
  return listed ? givenGender(s.name + ' x') : null;
}

/**
 * "His mother Claire" and "Mrs Creag" beside "James Creag": a titled surname of the family that
 * no full-name holder of that surname can be (the title's gender is not theirs, or a kin noun
 * introduces it: "her father Mr Robertson") names the one parent or spouse of that gender whom
 * the article calls by first name only; that person takes the family surname ("Claire Creag").
 */
function addFamilySurnames(text: string, singles: Occurrence[], drafts: Draft[]): void {
  const kin: { m: Occurrence[]; f: Occurrence[] } = { m: [], f: [] };
  for (const s of singles) {
    const g = parentKinGender(text, s);
    if (!g || drafts.some((d) => d.tokens.length > 1 && (d.tokens[0] === s.norm || surnameMatches(s.norm, d)))) continue;
    if (!kin[g].some((x) => x.norm === s.norm)) kin[g].push(s);
  }
  if (!kin.m.length && !kin.f.length) return;
  const done = new Set<string>();
  for (const t of singles) {
    const address = addressOf(t);
    const want = FEMALE_ADDRESS.has(address) && address !== 'Miss' ? 'f' : MALE_ADDRESS.has(address) ? 'm' : null;
    if (!want || kin[want].length !== 1 || done.has(want + t.norm)) continue;
    const holders = drafts.filter((d) => d.tokens.length > 1 && surnameMatches(t.norm, d));
    if (!holders.length || holders.some((d) => d.tokens[0] === kin[want][0].norm)) continue;
    // "her father Mr Robertson": the kin noun before the form of address.
    let k = t.nameFrom - 1;
    while (k >= 0 && (FEMALE_ADDRESS.has(t.tokens[k].text) || MALE_ADDRESS.has(t.tokens[k].text))) k--;
    const before = k >= 0 && k < t.nameFrom - 1 ? t.tokens[k] : undefined;
    const kinBefore = !!before && PARENT_KIN.get(lower(before.text)) === want;
    if (!kinBefore && !holders.every((d) => draftGender(d) === (want === 'm' ? 'f' : 'm'))) continue;
    const given = kin[want][0];
    done.add(want + t.norm);
    const name = `${given.name} ${t.name}`;
    drafts.push({ name, norm: lower(name), tokens: lower(name).split(' '), titles: [], roles: [], mentions: [], gender: want });
  }
}

/** "m" or "f" when the first word of a full name is a given name of one gender only. */
function givenGender(name: string): 'm' | 'f' | null {
  const first = name.slice(0, name.indexOf(' '));
  return MALE_ONLY_NAMES.has(first) ? 'm' : FEMALE_ONLY_NAMES.has(first) ? 'f' : null;
}

/** Forms of address that make a following title a vocative ("Mr. President"), not a surname. */
const ADDRESS = new Set(['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Madam', 'Madame']);

/** "Mr. Ambassador", a bare "Mayor": a title or role word standing alone, not a surname ("Dr. King" stays). */
function loneTitle(o: Occurrence): boolean {
  if (!TITLES.has(o.name) && !isRoleNoun(o.name)) return false;
  return !o.titled || ADDRESS.has(o.titles.slice(o.titles.lastIndexOf(' ') + 1));
}

/** "his wife, Heidi": a kin noun ends a determined phrase right before the comma and the name. */
function kinBeforeComma(text: string, o: Occurrence): boolean {
  const role = roleBeforeComma(text, o);
  if (!role) return false;
  const head = role.slice(role.lastIndexOf(' ') + 1);
  return KIN_NOUNS.has(head);
}

/** Evidence for a one-word name: "5-year-old Youssif", "his mother, Zainab, told", "Karima says she". */
function singleConfirmed(text: string, o: Occurrence, vocab: Vocabulary, placeLike: Set<string>): boolean {
  if (vocab.has(lower(o.norm)) || NAME_SUFFIXES.has(o.name) || TITLES.has(o.name) || isRoleNoun(o.name)) return false;
  const before = o.tokens[o.runFrom - 1];
  const after = o.tokens[o.nameTo];
  if (before && yearsOld(before.text)) return !(after && isRoleNoun(after.text) && /^\p{Ll}/u.test(after.text) && gapIs(text, o.tokens[o.nameTo - 1].outerEnd, after.start, ''));
  const last = o.tokens[o.nameTo - 1];
  if (roleBeforeComma(text, o) && after && gapIs(text, last.outerEnd, after.start, ',')) return true;
  // "Ted Cruz's wife, Heidi.": a relative named at the end of the sentence.
  if (kinBeforeComma(text, o) && (!after || text[last.outerEnd] === '.')) return true;
  // "his father Peter", "younger sister Grace": a relative's given name right after the kin noun.
  // Not "his wife Masters chairman Billy Payne" (a caption run into the next sentence).
  if (before && KIN_NOUNS.has(before.text) && !before.poss && gapIs(text, before.outerEnd, o.tokens[o.runFrom].start, '') && /^\p{Lu}\p{Ll}+$/u.test(o.name) && !(after && isRoleNoun(after.text) && gapIs(text, last.outerEnd, after.start, ''))) return true;
  // "her parents Sarah and John", "two sons Michael and Sam": a family plural before two given names.
  if (before && FAMILY_PLURALS.has(before.text) && !before.poss && gapIs(text, before.outerEnd, o.tokens[o.runFrom].start, '') && GIVEN.has(o.name) && after?.text === 'and' && GIVEN.has(o.tokens[o.nameTo + 1]?.text ?? '') && gapIs(text, last.outerEnd, after.start, '')) return true;
  // "the little boy, whose name is Sonit".
  if (before && before.text === 'is' && o.tokens[o.runFrom - 2]?.text === 'name' && o.tokens[o.runFrom - 3]?.text === 'whose') return true;
  // "her children, Shiloh and Zahara.": a role list of two single names closing the clause.
  if (after && after.text === 'and' && (roleBeforeComma(text, o) || familyBeforeComma(text, o)) && listOfTwoEnds(text, o.tokens, o.nameTo)) return true;
  // "Bassim, a taxi driver": an apposition that opens with an article or an age.
  if (after && gapIs(text, last.outerEnd, after.start, ',') && singleApposition(text, o.tokens, o.nameTo)) return true;
  // "Laura and I".
  if (after && after.text === 'and' && LOOSE_GIVEN.has(o.name) && (o.tokens[o.nameTo + 1]?.text === 'I' || o.tokens[o.nameTo + 1]?.text === 'me')) return true;
  // The subject of a speech verb ("Karima says", "said Bassim") that a gendered pronoun, a quote
  // or a given name marks as a person rather than an organisation.
  const inverted = !!before && SPEECH_VERBS.has(before.text) && gapIs(text, before.outerEnd, o.tokens[o.runFrom].start, '');
  const verb = inverted || !opensClause(text, o) ? -1 : speechVerbAfter(text, o);
  if ((verb < 0 && !inverted) || placeLike.has(o.norm) || o.name.length < 3 || isAllCaps(o.name)) return false;
  if (GIVEN.has(o.name) || LOOSE_GIVEN.has(o.name)) return true;
  if (quoteBefore(text, o.tokens[o.runFrom].start)) return true;
  return verb >= 0 && pronounSubjectAfter(text, o.tokens, verb + 1);
}

const FAMILY_PLURALS = new Set(['children', 'kids', 'sons', 'daughters', 'parents', 'twins', 'brothers', 'sisters', 'grandchildren']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'His', 'Her', 'Their']);

/** "her children, Shiloh": a possessive determiner and a family plural right before the name and a comma. */
function familyBeforeComma(text: string, o: Occurrence): boolean {
  const prev = o.tokens[o.runFrom - 1];
  const det = o.tokens[o.runFrom - 2];
  if (!prev || !det || !FAMILY_PLURALS.has(prev.text) || !gapIs(text, prev.outerEnd, o.tokens[o.runFrom].start, ',')) return false;
  return (POSSESSIVE_DETERMINERS.has(det.text) || det.poss) && gapIs(text, det.outerEnd, prev.start, '');
}

/** `and Zahara.`: "and", one capitalised word, then a comma or a sentence end. */
function listOfTwoEnds(text: string, tokens: Token[], i: number): boolean {
  const second = tokens[i + 1];
  if (!second || !isUpperChar(second.text[0]) || nonNameToken(second) || !gapIs(text, tokens[i].outerEnd, second.start, '')) return false;
  const c = text[second.outerEnd];
  return c === '.' || c === ',' || c === ';' || second.outerEnd >= text.length;
}

const APPOSITION_ENDS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'who', 'whose', 'to', 'and', 'based']);

/**
 * "Bassim, a taxi driver on the island": an apposition of an article, up to three modifiers and a
 * singular role noun that ends the phrase (a comma, a full stop or a preposition follows).
 */
function singleApposition(text: string, tokens: Token[], i: number): boolean {
  const det = tokens[i]?.text;
  // "Colin, 66, ..." or "... with Colin, 66.": an age in commas, or closing the sentence.
  if (/^\d+$/.test(det ?? '')) return gapIs(text, tokens[i].outerEnd, tokens[i + 1]?.start ?? tokens[i].outerEnd, ',') || (/^\d{1,3}$/.test(det) && Number(det) <= 110 && /^\.(?:\s|$)/.test(text.slice(tokens[i].end, tokens[i].end + 2)));
  if (det !== 'a' && det !== 'an' && det !== 'the' && det !== 'his' && det !== 'her' && det !== 'their' && det !== 'my' && !(tokens[i]?.poss && isUpperChar(det[0]))) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j];
    if (!gapIs(text, tokens[j - 1].outerEnd, t.start, '')) return false;
    const w = t.text;
    if (t.poss) continue;
    if (ROLE_NOUNS.has(w)) {
      const next = tokens[j + 1];
      if (!next) return true;
      return gapHas(text, t.outerEnd, next.start, ',.;:') || APPOSITION_ENDS.has(next.text);
    }
    if (FUNCTION_WORDS.has(w)) return false;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(['but', 'as', 'while', 'when', 'because', 'that', 'so', 'then', 'although', 'though', 'if', 'where', 'whereas', 'and']);

/** Whether the run opens a clause: at a sentence start, after punctuation, or after a conjunction. */
function opensClause(text: string, o: Occurrence): boolean {
  const first = o.tokens[o.runFrom];
  const prev = o.tokens[o.runFrom - 1];
  if (!prev || !gapIs(text, prev.outerEnd, first.start, '')) return true;
  const w = prev.text;
  if (!CLAUSE_OPENERS.has(lower(w))) return false;
  // "between Tataouine and Remada said": "and" joins two nouns unless a comma or a sentence start precedes it.
  if (lower(w) === 'and') {
    const pp = o.tokens[o.runFrom - 2];
    return !pp || !gapIs(text, pp.outerEnd, prev.start, '');
  }
  return true;
}

/** "Karima says when she sees": "he"/"she" opens the reported clause right after the verb. */
function pronounSubjectAfter(text: string, tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    if (k > from && !gapIs(text, tokens[k - 1].outerEnd, tokens[k].start, '')) return false;
    if (k === from && !gapIs(text, tokens[k - 1].outerEnd, tokens[k].start, '')) return false;
    const w = lower(tokens[k].text);
    if (w === 'he' || w === 'she' || w === "he's" || w === "she's" || w === 'he\u2019s' || w === 'she\u2019s') return true;
    if (w !== 'that' && w !== 'when' && w !== 'as' && w !== 'if' && w !== 'how') return false;
  }
  return false;
}

/** Index of a speech verb after the name (auxiliaries or one comma-delimited apposition between), or -1. */
function speechVerbAfter(text: string, o: Occurrence): number {
  const { tokens, nameTo } = o;
  const last = tokens[nameTo - 1];
  if (last.poss || nameTo >= tokens.length) return -1;
  let k = nameTo;
  if (gapIs(text, last.outerEnd, tokens[k].start, ',')) {
    // "Karima, clad in all black, adds".
    const w = tokens[k].text;
    if (SPEECH_VERBS.has(w) || isUpperChar(w[0])) return -1;
    let j = k;
    while (j < tokens.length && j < k + 10 && !gapHas(text, tokens[j].outerEnd, tokens[j + 1]?.start ?? tokens[j].outerEnd, ',')) j++;
    if (j >= tokens.length - 1 || j >= k + 10) return -1;
    k = j + 1;
  } else if (!gapIs(text, last.outerEnd, tokens[k].start, '')) return -1;
  const k0 = k;
  while (k < tokens.length && AUX_WORDS.has(tokens[k].text) && k < k0 + 3) k++;
  return k < tokens.length && SPEECH_VERBS.has(tokens[k].text) ? k : -1;
}

/** Whether a closing quotation mark after a comma stands right before `pos`: `," Cartwright told`. */
function quoteBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text[i] === ' ') i--;
  const c = text[i];
  if (c !== '"' && c !== '\u201d' && c !== '\u2019' && c !== "'") return false;
  const p = text[i - 1];
  return p === ',' || p === '?' || p === '!';
}


/** Whether the space-joined words of `inner` appear as a contiguous sequence inside `outer`. */
function containsSequence(outer: string, inner: string): boolean {
  const i = outer.indexOf(inner);
  if (i < 0) return false;
  const after = outer[i + inner.length];
  return (i === 0 || outer[i - 1] === ' ') && (after === undefined || after === ' ');
}

/** Whether every full-name mention of `d` follows "<Surname>'s <relation>," ("Schuller's daughter-in-law, Donna Schuller"). */
function relativeOf(text: string, d: Draft, surname: string): boolean {
  let any = false;
  for (const m of d.mentions) {
    if (m.kind !== 'FULL_NAME' && m.kind !== 'TITLED_NAME') continue;
    const before = text.slice(Math.max(0, m.span.start - 60), m.span.start).toLowerCase();
    const rel = /([\p{L}-]+)['\u2019]s\s+[a-z-]+(?:\s+[a-z-]+)?,?\s*$/u.exec(before);
    if (!rel || rel[1] !== surname) return false;
    any = true;
  }
  return any;
}

/**
 * "Ahmed Ali Abdullah Saleh" holds "Ali Abdullah Saleh": a contained name that opens with a given
 * name of its own after a further given name is a relative named after the person (a father).
 */
function namesRelative(outer: string, inner: string): boolean {
  if (outer.startsWith(inner) || inner.split(' ').length < 3) return false;
  const first = inner.slice(0, inner.indexOf(' '));
  const cap = first[0].toUpperCase() + first.slice(1);
  const outerFirst = outer.slice(0, outer.indexOf(' '));
  return GIVEN.has(cap) && GIVEN.has(outerFirst[0].toUpperCase() + outerFirst.slice(1));
}

/**
 * Another written form of the same full name: without middle initials or middle names ("Victor
 * Barnard" for "Victor Arden Barnard"), with a hyphen written as a space ("Waley Cohen" for "Sam
 * Waley-Cohen"), or with a surname misspelt by one letter ("Zara Philipps" for "Zara Phillips").
 */
function variantOf(full: string, short: string): boolean {
  // Every full name is compared with every other: the words are read off the strings (first and
  // last word, the part before the last word) instead of splitting both names on every call.
  const fLast = full.lastIndexOf(' ');
  const sLast = short.lastIndexOf(' ');
  // A name of one or two words has no middle initials to drop.
  if (wordCount(full) >= 3) {
    // withoutInitials keeps the first and the last word: only a short name with both can equal it.
    const fFirst = full.slice(0, full.indexOf(' ') + 1);
    const fTail = full.slice(fLast);
    if (short.startsWith(fFirst) && short.endsWith(fTail)) {
      const bare = withoutInitials(full);
      if (bare !== full && bare === short) return true;
      // "Victor Barnard" for "Victor Arden Barnard": the first and the last word alone.
      if (short.length === fFirst.length + fTail.length - 1) return true;
    }
  }
  if (full.includes('-') && containsSequence(full.replace(/-/g, ' '), short.replace(/-/g, ' '))) return true;
  // The same words but the last (so as many words).
  if (fLast >= 0 && sLast >= 0 && full.slice(0, fLast) === short.slice(0, sLast)) {
    const a = full.slice(fLast + 1);
    const b = short.slice(sLast + 1);
    const n = Math.min(a.length, b.length);
    return a[0] === b[0] && n >= 5 && editDistance(a, b, n >= 7 ? 2 : 1) <= (n >= 7 ? 2 : 1);
  }
  return false;
}

/** `s.split(' ').length`, without the array. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** Levenshtein distance of two short words, or max + 1 once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length > 40 || b.length > 40) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A normalised name without its middle initials: "robert h. schuller" -> "robert schuller". */
function withoutInitials(norm: string): string {
  const t = norm.split(' ');
  return t.filter((w, i) => i === 0 || i === t.length - 1 || !INITIAL.test(w)).join(' ');
}
const INITIAL = /^\p{L}\.?$/u;

/** Of several people sharing a surname, the one mentioned last before `pos` (else the first). */
function nearestBefore(ds: Draft[], pos: number): Draft {
  let best = ds[0];
  let bestPos = -1;
  for (const d of ds) {
    for (const m of d.mentions) if (m.span.start < pos && m.span.start > bestPos) {
      bestPos = m.span.start;
      best = d;
    }
  }
  return best;
}

function addOccurrence(text: string, d: Draft, o: Occurrence, kind: MentionKind): void {
  const span = o.titledSpan ?? o.span;
  d.starts ??= new Set();
  if (!d.starts.has(span.start)) {
    d.starts.add(span.start);
    d.mentions.push(mention(text, span, kind));
  }
  if (o.titles && !d.titles.includes(o.titles)) d.titles.push(o.titles);
  for (const r of rolesOf(text, o)) if (!d.roles.includes(r)) d.roles.push(r);
  if (o.region.kind === 'CONTRIBUTOR' && !d.roles.length) {
    const before = o.tokens[o.runFrom - 1];
    if (before?.poss) d.roles.push(before.text);
  }
  if (o.tokens[o.runFrom - 1]?.poss && o.tokens[o.runFrom - 1].text === 'CNN' && !d.roles.includes('CNN')) d.roles.push('CNN');
}

/** Modifiers that make a different role of the same noun ("vice president", "deputy director"). */
const RANK_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant']);

/**
 * Head nouns of a person's roles and titles: the last role noun before any complement ("rebel
 * spokesman" -> "spokesman", "spokesman for the rebel Free Syrian Army" -> "spokesman"), with a
 * rank modifier kept ("vice president").
 */
function roleHeads(p: Person): Set<string> {
  const heads = new Set<string>();
  for (const r of [...p.roles, ...p.titles]) {
    let head: string | null = null;
    let prev = '';
    for (const w of splitAtSpaces(r, true)) {
      const lw = lower(w);
      if (lw === 'of' || lw === 'for' || lw === 'in' || lw === 'with' || lw === 'at' || lw === 'and') break;
      if (isRoleNoun(lw)) head = (RANK_MODIFIERS.has(prev) ? prev + ' ' : '') + singular(lw);
      prev = lw;
    }
    if (head) heads.add(head);
  }
  return heads;
}

/**
 * Descriptions that stand for one person: "the rebel spokesman", "the president", "his mother".
 * The description's head noun (singular, as written) must be the head of a role of exactly one
 * person; words between the determiner and the head may only be lower-case modifiers.
 */
function addDescriptionMentions(text: string, tokenLists: Token[][], determiners: number[][], people: Person[], kinHeads: (string[] | undefined)[]): void {
  if (!people.length) return;
  const heads = people.map(roleHeads);
  // A head implied by kin ("her parents Sarah and John") counts only where no role gives it.
  kinHeads.forEach((hs, k) => hs?.forEach((h) => heads.every((x) => !x.has(h)) && heads[k].add(h)));
  for (let list = 0; list < tokenLists.length; list++) {
    const tokens = tokenLists[list];
    // Only where "the", "his" or "her" stands.
    for (const i of determiners[list]) {
      for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
        const t = tokens[j];
        if (!gapIs(text, tokens[j - 1].outerEnd, t.start, '')) break;
        const w = t.text;
        if (w[0] !== lower(w[0]) || FUNCTION_WORDS.has(w) || hasDigit(w)) break;
        if (!ROLE_NOUNS.has(w) || t.poss) {
          if (t.poss) break;
          continue;
        }
        // The head ends the noun phrase: "the rebel spokesman", not "the rebel forces".
        const next = tokens[j + 1];
        if (next && gapIs(text, t.outerEnd, next.start, '') && lower(next.text[0]) === next.text[0] && !FUNCTION_WORDS.has(next.text) && (isRoleNoun(next.text) || NOUN_AFTER.has(next.text))) continue;
        const prev = lower(tokens[j - 1].text);
        const head = (j > i + 1 && RANK_MODIFIERS.has(prev) ? prev + ' ' : '') + w;
        const owners = people.filter((_, k) => heads[k].has(head));
        if (owners.length !== 1) break;
        const span = { start: tokens[i].start, end: t.end };
        const owner = owners[0];
        if (!owner.mentions.some((m) => m.span.start <= span.start && m.span.end >= span.end)) {
          owner.mentions.push(mention(text, span, 'DESCRIPTION'));
        }
        break;
      }
    }
  }
  for (const person of people) person.mentions.sort((a, b) => a.span.start - b.span.start);
}

/** Nouns that continue a phrase after a role word ("the rebel forces", "the police station"). */
const NOUN_AFTER = new Set(['forces', 'force', 'army', 'group', 'groups', 'fighters', 'movement', 'office', 'station', 'department', 'team', 'side', 'camp', 'base', 'family', 'government', 'leadership', 'council', 'committee', 'party']);

function dedupeKeys(people: Person[]): Person[] {
  const seen = new Map<string, number>();
  for (const p of people) {
    const n = seen.get(p.key) ?? 0;
    seen.set(p.key, n + 1);
    if (n > 0) p.key = `${p.key}-${n + 1}`;
  }
  return people;
}

