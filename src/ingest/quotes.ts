// Finds quotations in the body and who said them. Marks are paired in one pass per paragraph
// (joined one-line bodies are scanned as a whole, since a quote may span inferred paragraphs);
// speakers come from the attribution around the quote ("he said", "said X", "X told CNN that"),
// else from the previous quote when the paragraph only continues it.
import type { DocumentView } from './document.ts';
import type { Mention, Person, Quote, QuoteKind, Span, TextItem } from './types.ts';
import * as lexicon from './names-lexicon.ts';
import { isLetter, isUpperChar, tokenize, type Token } from './names-tokens.ts';
import { gapHas, isJsSpace, nextMatch, splitAtSpaces, splitsAtMost, upTo } from './text.ts';
import { FEMALE_ONLY_NAMES, MALE_ONLY_NAMES } from './names-given.ts';
import { badSpeakerName, fullerOrganisation, fullerOfName, personNamed, personTitled, scriptSpeaker, signQuote } from './quotes-sanity.ts';
import { ISSUED_TEXT, organisationName } from './quotes-orgs.ts';
import { clauseSubject, descriptionHead, GROUP_AFTER_NAME, organisationSubject, RANK_MODIFIERS, roleBeforeComplement, type Subject } from './quotes-subject.ts';

interface Region {
  span: Span;
  /** Paragraph index of each paragraph the region covers, with its start. */
  paragraphs: { index: number; start: number }[];
}

/** A pair of marks found in a region, before any filtering. */
interface RawQuote {
  open: number;
  /** Index of the closing mark, or where the quote stops when it is never closed. */
  close: number;
  closed: boolean;
  /** The quote continues one that was left open (previous paragraph or previous opener). */
  continuation: boolean;
  region: Region;
}

/** A person mention with its owner, for resolving attributions. */
interface Ref {
  span: Span;
  person: number;
  kind: Mention['kind'];
  possessive: boolean;
  /** Lies inside a quotation (a person named by a speaker, not in the reporter's voice). */
  quoted: boolean;
}

// Module-local copies: imported bindings are read through getters under tsx, and these are hot.
const AUX_WORDS = lexicon.AUX_WORDS;
const FUNCTION_WORDS = lexicon.FUNCTION_WORDS;
const ROLE_NOUNS = lexicon.ROLE_NOUNS;
/**
 * The lexicon's speech verbs and, for quotes only, the present-tense and less common forms a cue
 * takes in feature writing ("tweets Ann Lee", "recommends the brand", "cries a weary nation").
 */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...lexicon.SPEECH_VERBS,
  ...`tweets posts notes states replies answers responds remarks comments observes concludes declares announces
  continues reports recommends cries shouts yells screams whispers sighs jokes laughs remembered remembers
  pleads quips muses exclaims blogs texts emails emailed messaged wonders wondered counters countered
  marvels marveled marvelled muttered muttering mutters mumbled murmured`.split(/\s+/),
]);
const TITLES = lexicon.TITLES;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
const isDoubleMark = (c: string) => c === '"' || c === '\u201c' || c === '\u201d';
const isSingleMark = (c: string) => c === "'" || c === '\u2018' || c === '\u2019';
/** Every character isDoubleMark or isSingleMark accepts. */
const QUOTE_MARKS = /["'\u2018\u2019\u201c\u201d]/g;
const OPEN_BEFORE = new Set(['(', '[', '\u2014', '-', '\u2013', '/', ':']);

/** A straight mark opens when it follows a space (or starts the region) and precedes a non-space. */
function opensAt(text: string, i: number, floor: number): boolean {
  const prev = i > floor ? text[i - 1] : undefined;
  const next = text[i + 1];
  return (prev === undefined || isSpace(prev) || OPEN_BEFORE.has(prev)) && next !== undefined && !isSpace(next);
}

/** A single mark closes when it follows a non-space and is not inside a word (not "didn't"). */
function singleClosesAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined || isSpace(prev)) return false;
  return next === undefined || !(isLetter(next) || (next >= '0' && next <= '9'));
}

function singleOpensAt(text: string, i: number, floor: number): boolean {
  if (text[i] === '\u2019') return false;
  const prev = i > floor ? text[i - 1] : undefined;
  const next = text[i + 1];
  return (prev === undefined || isSpace(prev) || OPEN_BEFORE.has(prev) || prev === '"' || prev === '\u201c') && isLetter(next) || (next === '.' && text[i + 2] === '.');
}

/** Body paragraphs grouped into scan regions: paragraphs inferred from one line are scanned together. */
function regionsOf(doc: DocumentView): Region[] {
  const out: Region[] = [];
  let last: Region | null = null;
  let lastInferred = false;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'BODY') {
      last = null;
      continue;
    }
    if (p.inferred && last && lastInferred) {
      last.span = { start: last.span.start, end: p.span.end };
      last.paragraphs.push({ index: p.index, start: p.span.start });
    } else {
      last = { span: { ...p.span }, paragraphs: [{ index: p.index, start: p.span.start }] };
      out.push(last);
    }
    lastInferred = p.inferred;
  }
  return out;
}

/** Pairs quotation marks in one region. */
function scanRegion(text: string, region: Region, continuesPrevious: boolean, out: RawQuote[]): boolean {
  const { start, end } = region.span;
  let open = -1;
  let type: 'double' | 'single' | null = null;
  let continuation = false;
  /** Opening mark of a quotation nested in a single-quoted one, or -1. */
  let nested = -1;
  let stop = -1;
  const push = (close: number, closed: boolean) => {
    out.push({ open, close, closed, continuation, region });
  };
  // Only quotation marks matter: jump between them.
  const hay = upTo(text, end);
  for (let i = start; i < end; i++) {
    i = nextMatch(QUOTE_MARKS, hay, i);
    if (i < 0) break;
    const c = text[i];
    if (isDoubleMark(c)) {
      if (type === 'single') continue;
      const opens = c === '\u201c' || (c === '"' && opensAt(text, i, start));
      if (type === 'double') {
        if (opens) {
          // A new opener before any closer: the previous quote ran on unclosed.
          push(i, false);
          open = i;
          continuation = true;
        } else {
          push(i, true);
          type = null;
          open = -1;
          continuation = false;
        }
      } else if (opens) {
        type = 'double';
        open = i;
        continuation = continuesPrevious && isQuoteStartOfRegion(text, start, i);
      }
    } else if (isSingleMark(c)) {
      if (type === 'double') continue;
      if (type === 'single') {
        if (nested >= 0) {
          // The close of a quote inside the quote ('... 'this could be the last game' so ...').
          if (singleClosesAt(text, i)) nested = -1;
        } else if (singleClosesAt(text, i)) {
          push(i, true);
          type = null;
          open = -1;
          continuation = false;
        } else if (text[i] === "'" && singleOpensAt(text, i, start) && afterSentenceEnd(text, i, start)) {
          // ". 'I reluctantly obliged": a new paragraph of the same quote in a one-line body.
          push(i, false);
          open = i;
          continuation = true;
        } else if (text[i] === "'" && singleOpensAt(text, i, start) && innerQuoteAhead(text, i, end)) {
          nested = i;
        } else if (text[i] === "'" && text[i - 1] === ' ' && isLetter(text[i - 2]) && isUpperChar(text[i + 1]) && (stop = lastStopIn(text, open + 1, i)) > 0) {
          // ". The players protest (a caption run in, no stop) 'It's one of those...": a mark right
          // after a word (not after "I said, ") reopens the quote, which ended at its last full stop.
          push(stop, false);
          open = i;
          continuation = true;
        } else if (singleOpensAt(text, i, start) && text[i] === '\u2018') {
          push(i, false);
          open = i;
          continuation = true;
        }
      } else if (singleOpensAt(text, i, start)) {
        type = 'single';
        open = i;
        continuation = continuesPrevious && isQuoteStartOfRegion(text, start, i);
      }
    }
  }
  if (type !== null) {
    push(end, false);
    return true;
  }
  return false;
}

/** Position just after the last sentence stop followed by a space in [from, to) (looking back a paragraph's length at most), or -1. */
function lastStopIn(text: string, from: number, to: number): number {
  for (let k = to - 2; k > from && k > to - 1000; k--) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && text[k + 1] === ' ' && endsSentence(text, k, from)) return k + 1;
  }
  return -1;
}

/** Whether only spaces stand between a sentence end and position `i`. */
function afterSentenceEnd(text: string, i: number, floor: number): boolean {
  let k = i - 1;
  while (k > floor && text[k] === ' ') k--;
  if (k === i - 1) return false;
  const c = text[k];
  return c === '.' || c === '?' || c === '!';
}

/**
 * Whether a straight single mark inside a single-quoted span opens a nested quotation: a closing
 * mark follows within the sentence, and another closing mark after it (the outer one).
 */
function innerQuoteAhead(text: string, i: number, end: number): boolean {
  const next = text.slice(i + 1, i + 4).toLowerCase();
  if (/^(?:em\b|til|cau|n\b|tis)/.test(next)) return false;
  let inner = -1;
  for (let k = i + 1; k < end && k < i + 300; k++) {
    const c = text[k];
    if (c === "'" && singleClosesAt(text, k)) {
      if (inner < 0) {
        if (/[.!?]/.test(text[k - 1]) || text[k - 1] === ',') return false;
        inner = k;
      } else return true;
    }
    if (inner < 0 && (c === '.' || c === '!' || c === '?') && text[k + 1] === ' ') return false;
  }
  return false;
}

const isQuoteStartOfRegion = (text: string, start: number, i: number) => text.slice(start, i).trim() === '';

/** Content span of a raw quote: inside the marks, trimmed. */
function contentSpan(text: string, q: RawQuote): Span {
  let s = q.open + 1;
  let e = q.close;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

const SMALL_TITLE_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'or']);

/** "My Boy Jack", "Erin Burnett: Outfront": every word capitalised, short, no verb-like lower case. */
function titleCase(content: string): boolean {
  // The words of `content.split(/\s+/)` that hold a letter, read one at a time: a long quote is
  // rejected at its eleventh word or first lower-case word instead of being split whole.
  let words = 0;
  let caps = 0;
  const n = content.length;
  for (let i = 0; i < n; ) {
    while (i < n && isJsSpace(content.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    while (i < n && !isJsSpace(content.charCodeAt(i))) i++;
    const w = content.slice(s, i);
    // A word opening with an ASCII letter (most do) holds a letter, and one opening with an ASCII
    // letter or digit has nothing for LEADING_NON_WORD to strip: no regular expression for those.
    const c = w.charCodeAt(0);
    const asciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!asciiLetter && !HAS_LETTER.test(w)) continue;
    if (++words > 10) return false;
    const first = asciiLetter || (c >= 48 && c <= 57) ? w[0] : w.replace(LEADING_NON_WORD, '')[0];
    if (isUpperChar(first) || (first >= '0' && first <= '9')) caps++;
    else if (!SMALL_TITLE_WORDS.has(w.toLowerCase())) return false;
  }
  return caps > 0 && !/[.!?]["']?\s+\S/.test(content);
}
const HAS_LETTER = /\p{L}/u;
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;

/** Word before position `i` (skipping spaces and punctuation), lower-cased. */
function wordBefore(text: string, i: number, floor: number): string {
  let e = i;
  while (e > floor && !isLetter(text[e - 1])) e--;
  let s = e;
  while (s > floor && (isLetter(text[s - 1]) || text[s - 1] === '-')) s--;
  return text.slice(s, e);
}

function wordAfter(text: string, i: number, ceil: number): string {
  let s = i;
  while (s < ceil && !isLetter(text[s])) s++;
  let e = s;
  while (e < ceil && (isLetter(text[e]) || text[e] === '-')) e++;
  return text.slice(s, e);
}

/** Whether the stop at `k` ends a sentence: not after an initial, "U.S." or a title ("Gen."). */
function endsSentence(text: string, k: number, floor: number): boolean {
  const c = text[k];
  if (c === '!' || c === '?') return true;
  if (c !== '.') return false;
  const w = wordBefore(text, k + 1, floor);
  if (w.length === 1 && (isUpperChar(w) || text[k - 2] === '.')) return false; // "J.", "a.m."
  if (TITLES.has(w + '.') || ABBREVIATIONS.has(w.toLowerCase())) return false;
  return true;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'no', 'vs', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'p', 'a']);

/** Whether [from, to) holds a sentence end (text outside quotes). */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[k + 1]) && endsSentence(text, k, from)) return true;
  }
  return false;
}

/** Start of the sentence holding position `i`: after the last ". " (outside the quote) or the region start. */
function sentenceStart(text: string, i: number, floor: number): number {
  for (let k = i - 1; k > floor && k > i - 600; k--) {
    const c = text[k];
    // A paragraph break always ends a sentence.
    if ((c === '.' || c === '!' || c === '?' || c === '\n') && isSpace(text[k + 1]) && (c === '\n' || endsSentence(text, k, floor))) {
      let s = k + 1;
      while (s < i && isSpace(text[s])) s++;
      return s;
    }
    // `... "The Jinx." DeGuerin has claimed`: a stop inside a closing mark, then a capital.
    if ((c === '"' || c === '\u201d' || c === "'" || c === '\u2019') && isSpace(text[k + 1]) && k + 2 <= i && isUpperChar(text[k + 2]) && (text[k - 1] === '.' || text[k - 1] === '?' || text[k - 1] === '!') && endsSentence(text, k - 1, floor)) {
      return k + 2;
    }
  }
  return Math.max(floor, i - 600);
}

/** End of the sentence that goes on after position `i`: the next ". " or the region end. */
function sentenceEnd(text: string, i: number, ceil: number): number {
  for (let k = i; k < ceil && k < i + 400; k++) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && (k + 1 >= ceil || isSpace(text[k + 1])) && endsSentence(text, k, i)) return k + 1;
    if (c === '\u201c' || c === '\u2018' || (c === '"' && opensAt(text, k, i))) return k;
  }
  return Math.min(ceil, i + 400);
}

interface Attribution {
  /** Words naming the speaker, or null when only the cue was found. */
  phrase: TextItem | null;
  cue: TextItem;
  /** Where a mention search for the subject may start and must end (the clause before the cue). */
  window: Span;
}

/** Cue and subject in the text right after a closing mark: `," he said`, ` said X, a ...`. */
function attributionAfter(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  const lead = text.slice(from, tokens[0]?.start ?? to).trim();
  if (lead !== '' && lead !== ',' && lead !== '\u2014' && lead !== '--' && lead !== '-' && lead !== ';') return null;
  // `," U.S. Secretary of State John Kerry and UK Foreign Secretary Philip Hammond said`: a long
  // run of name words may stand before the cue.
  let nameRun = true;
  for (let v = 0; v < tokens.length && (v < 8 || (nameRun && v < 16)); v++) {
    const w = tokens[v].text;
    if (v > 0 && gapHas(text, tokens[v - 1].outerEnd, tokens[v].start, '.;:')) return null;
    if (v > 0) {
      const pw = tokens[v - 1].text;
      if (!(isUpperChar(pw[0]) || pw === 'of' || pw === 'and') || gapHas(text, tokens[v - 1].outerEnd, tokens[v].start, ',()')) nameRun = false;
    }
    if (w === 'according' && tokens[v + 1]?.text === 'to' && v === 0) {
      const phrase = phraseAfter(text, tokens, v + 2);
      return phrase ? { phrase, cue: item(text, tokens[v].start, tokens[v + 1].end), window: phrase.span } : null;
    }
    // `"...," as she put it.`: the subject of "put it" is the speaker.
    if (w === 'as' && v === 0 && (tokens[2]?.text === 'put' || tokens[2]?.text === 'puts') && tokens[3]?.text === 'it' && PERSONAL.has(tokens[1].text)) {
      return { phrase: item(text, tokens[1].start, tokens[1].end), cue: item(text, tokens[2].start, tokens[3].end), window: { start: tokens[1].start, end: tokens[1].end } };
    }
    if (!SPEECH_VERBS.has(w)) continue;
    // "he was told": a passive cue names the listener, not the speaker.
    if (v > 0 && PASSIVE.has(tokens[v - 1].text)) {
      // `"homecoming," as it was described by V&A director Martin Roth`: the agent is the speaker.
      if (tokens[v + 1]?.text !== 'by') return null;
      const agent = phraseAfter(text, tokens, v + 2);
      return agent ? { phrase: agent, cue: item(text, tokens[v].start, tokens[v].end), window: agent.span } : null;
    }
    const cue = item(text, tokens[v].start, tokens[v].end);
    let s = v;
    while (s > 0 && AUX_WORDS.has(tokens[s - 1].text)) s--;
    const lead0 = tokens[0].text;
    const subjectLead = isUpperChar(lead0[0]) || DETERMINERS.has(lead0) || PRONOUNS.has(lead0) || lead0 === 'who';
    if (s > 0 && s === v && !subjectLead && gapHas(text, tokens[s - 1].outerEnd, tokens[s].start, ',')) {
      // `" have been involved in prostitution, said Basma Rahim`: the subject follows the verb.
      const inverted = phraseAfter(text, tokens, v + 1);
      if (inverted && isUpperChar(inverted.text[0])) return { phrase: inverted, cue, window: inverted.span };
    }
    // `'...' and added: '...'`: a bare conjunction shares the subject of the verb before the quote.
    if (s === 1 && (tokens[0].text === 'and' || tokens[0].text === 'but')) return null;
    // `"..." before the summer, the Sunday Herald reported`: a lower-case lead-in is not the subject.
    if (s > 1 && !subjectLead) {
      let c = -1;
      for (let k = 1; k < s; k++) if (text.slice(tokens[k - 1].outerEnd, tokens[k].start).includes(',')) c = k;
      if (c > 0 && (DETERMINERS.has(tokens[c].text.toLowerCase()) || isUpperChar(tokens[c].text[0]))) {
        const span = { start: tokens[c].start, end: tokens[s - 1].outerEnd };
        return { phrase: item(text, span.start, tokens[s - 1].end), cue, window: span };
      }
    }
    // `"...," she said Bob told her.`: a name telling her after the cue is the one who said the words.
    const told = tokens[v + 1] && isUpperChar(tokens[v + 1].text[0]) && !PERSONAL.has(tokens[v + 1].text) && text.slice(cue.span.end, tokens[v + 1].start) === ' ' ? reportedTeller(tokens, v + 1) : -1;
    if (s > 0 && told > 0) {
      const span = { start: tokens[v + 1].start, end: tokens[told - 1].end };
      return { phrase: item(text, span.start, span.end), cue: item(text, tokens[told].start, tokens[told].end), window: span };
    }
    if (s > 0) {
      const span = { start: tokens[0].start, end: tokens[s - 1].outerEnd };
      return { phrase: item(text, span.start, tokens[s - 1].end), cue, window: span };
    }
    const phrase = phraseAfter(text, tokens, v + 1);
    return { phrase, cue, window: phrase?.span ?? { start: cue.span.end, end: cue.span.end } };
  }
  return appositionAttribution(text, tokens);
}

/** Index of the telling verb in `Bob told her` (capitalised name words from `i`, then told/said + me/her/him/us/them), or -1. */
function reportedTeller(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 3 && isUpperChar(tokens[k].text[0])) k++;
  const verb = tokens[k]?.text;
  return k > i && (verb === 'told' || verb === 'asked') && LISTENERS.has(tokens[k + 1]?.text ?? '') ? k : -1;
}
const LISTENERS = new Set(['me', 'her', 'him', 'us', 'them']);

/**
 * `," Simon Chadwick, professor of sport business at Coventry University, told CNN.`: a name, a
 * long apposition between commas, then the cue. The subject is the name before the first comma.
 */
function appositionAttribution(text: string, tokens: Token[]): Attribution | null {
  if (tokens.length < 4 || !isUpperChar(tokens[0].text[0]) || PRONOUNS.has(tokens[0].text)) return null;
  let c = -1;
  for (let k = 0; k < tokens.length - 1 && k < 5; k++) {
    if (gapHas(text, tokens[k].outerEnd, tokens[k + 1].start, '.;:"\u201c\u201d')) return null;
    if (gapHas(text, tokens[k].outerEnd, tokens[k + 1].start, ',')) {
      c = k;
      break;
    }
    if (!isUpperChar(tokens[k + 1].text[0])) return null;
  }
  if (c < 0) return null;
  for (let k = c + 2; k < tokens.length && k < c + 30; k++) {
    if (gapHas(text, tokens[k - 1].outerEnd, tokens[k].start, '.;:"\u201c\u201d')) return null;
    if (!gapHas(text, tokens[k - 1].outerEnd, tokens[k].start, ',')) continue;
    let v = k;
    while (v < tokens.length && v < k + 3 && AUX_WORDS.has(tokens[v].text)) v++;
    if (v < tokens.length && SPEECH_VERBS.has(tokens[v].text)) {
      const span = { start: tokens[0].start, end: tokens[c].end };
      return { phrase: item(text, span.start, span.end), cue: item(text, tokens[v].start, tokens[v].end), window: span };
    }
  }
  return null;
}

/** The subject named after a cue: `said Julian Reichelt, editor...` -> "Julian Reichelt". */
function phraseAfter(text: string, tokens: Token[], i: number): TextItem | null {
  if (i >= tokens.length) return null;
  let j = i;
  while (j < tokens.length && j < i + 8) {
    if (j > i && gapHas(text, tokens[j - 1].outerEnd, tokens[j].start, ',.;:()"\u201c\u201d\u2018\u2019')) break;
    const joinsName = tokens[j].text === 'and' && isUpperChar(tokens[j + 1]?.text[0]);
    if (j > i && FUNCTION_WORDS.has(tokens[j].text) && tokens[j].text !== 'the' && !joinsName) break;
    if (tokens[j].poss) {
      // "said Schuller's daughter-in-law, Donna Schuller": the name after the relation speaks.
      let k = j + 1;
      while (k < tokens.length && k < j + 4 && /^[a-z][a-z-]*$/.test(tokens[k].text)) k++;
      if (k > j + 1 && k < tokens.length && isUpperChar(tokens[k].text[0]) && /^,?\s*$/.test(text.slice(tokens[k - 1].outerEnd, tokens[k].start))) {
        let e = k;
        while (e + 1 < tokens.length && e < k + 4 && isUpperChar(tokens[e + 1].text[0]) && !tokens[e].poss && text.slice(tokens[e].outerEnd, tokens[e + 1].start) === ' ') e++;
        return item(text, tokens[k].start, withDomain(text, tokens[e].end));
      }
      j++;
      break;
    }
    j++;
  }
  if (j === i) return null;
  return item(text, tokens[i].start, withDomain(text, tokens[j - 1].end));
}

/** `end`, moved past a web address's domain ending ("ShipSnowYo" + ".com"). */
function withDomain(text: string, end: number): number {
  const domain = /^\.(?:com|org|net|gov|edu|io|co\.uk|org\.uk)\b/.exec(text.slice(end, end + 8));
  return end + (domain ? domain[0].length : 0);
}

/** Marks that end a clause between two words: `/[,;:()"\u201c\u201d]/`. */
const CLAUSE_MARKS = ',;:()"\u201c\u201d';

/** Cue and subject before an opening mark: `Harry Reid said, "`, `Robin told CNN that "`. */
function attributionBefore(text: string, from: number, to: number): Attribution | null {
  const tokens = tokenize(text, from, to);
  for (let v = tokens.length - 1; v >= 0; v--) {
    // "Describing the "surreal" moment, ...": a participle opening the sentence reads as lower case.
    const w = v === 0 && tokens[v].text.endsWith('ing') ? tokens[v].text.toLowerCase() : tokens[v].text;
    // "as Mohammed puts it,": the subject of "put it" is the speaker.
    const putsIt = (w === 'puts' || w === 'put') && tokens[v + 1]?.text === 'it';
    // "called the ordeal "heartbreaking"", "describing them "as ..."": a verb of describing with its object.
    const naming = NAMING_VERBS.has(w) && namingCue(tokens, v);
    // "The organization found "...", "Amnesty estimates that ... "..."": a finding verb cues the words of a published work or a named body.
    const finding = FINDING_VERBS.has(w) && v > 0 && tokens.length - v <= 9 && (FINDING_SUBJECTS.has(tokens[v - 1].text.toLowerCase()) || (v > 1 && !w.startsWith('show') && isUpperChar(tokens[v - 1].text[0]) && !PERSONAL.has(tokens[v - 1].text)));
    if ((!SPEECH_VERBS.has(w) && !putsIt && !naming && !finding) || w === 'asked' || w === 'asks') continue;
    if (v > 0 && DETERMINERS.has(tokens[v - 1].text.toLowerCase())) continue;
    // "saving all emails", "news reports": a word that is also a plural noun cues only after a subject.
    if (PLURAL_LIKE_CUES.has(w) && !(v > 0 && (cueSubjectBefore(tokens[v - 1]) || text.slice(tokens[v - 1].outerEnd, tokens[v].start).includes(',')))) continue;
    const cue = item(text, tokens[v].start, tokens[v].end);
    // `," said Bassim, "`: a verb that opens the attribution is followed by its subject.
    if (v === 0 || gapHas(text, tokens[v - 1].outerEnd, tokens[v].start, '"\u201c\u201d\u2019')) {
      const after = phraseAfter(text, tokens, v + 1);
      if (after && isUpperChar(after.text[0])) return { phrase: after, cue, window: after.span };
    }
    let s = v;
    // "founded it a year earlier, saying": an adverb set off by a comma is no auxiliary of the cue.
    while (s > 0 && AUX_WORDS.has(tokens[s - 1].text) && !gapHas(text, tokens[s - 1].outerEnd, tokens[s].start, CLAUSE_MARKS)) s--;
    // The subject phrase: words back to a comma, a function word or the sentence start.
    let b = s;
    while (b > 0) {
      const t = tokens[b - 1];
      if (gapHas(text, t.outerEnd, tokens[b].start, CLAUSE_MARKS)) break;
      const lw = t.text.toLowerCase();
      // "the vice president for student affairs said": a role noun's complement.
      const complement = (lw === 'for' || lw === 'of') && b >= 2 && ROLE_NOUNS.has(tokens[b - 2].text) && !gapHas(text, tokens[b - 2].outerEnd, t.start, CLAUSE_MARKS);
      // "David Williams of Ladbrokes said": "of" between two capitalised words joins one subject.
      const ofName = lw === 'of' && b >= 2 && isUpperChar(tokens[b].text[0]) && isUpperChar(tokens[b - 2].text[0]) && !gapHas(text, tokens[b - 2].outerEnd, t.start, CLAUSE_MARKS);
      if (FUNCTION_WORDS.has(lw) && lw !== 'the' && lw !== 'a' && lw !== 'an' && lw !== 'his' && lw !== 'her' && !complement && !ofName) break;
      b--;
      if (lw === 'the' || lw === 'a' || lw === 'an' || lw === 'his' || lw === 'her') {
        // "An attorney for the Mahmood family said": the complement of a role noun belongs to the subject.
        const prep = tokens[b - 1]?.text.toLowerCase();
        const role = tokens[b - 2]?.text;
        if (b >= 2 && (prep === 'for' || prep === 'of') && ROLE_NOUNS.has(role) && !gapHas(text, tokens[b - 2].outerEnd, t.start, CLAUSE_MARKS)) {
          b -= 2;
          continue;
        }
        break;
      }
    }
    // "... the economy He told supporters": a capitalised pronoun inside the run starts a new
    // sentence whose stop was lost (a caption run into the text).
    for (let k = b + 1; k < s; k++) if (PRONOUNS.has(tokens[k].text) && isUpperChar(tokens[k].text[0])) b = k;
    // "during his visit to the board he insisted": a pronoun right before the verb is the subject.
    if (s - 1 > b && (tokens[s - 1].text === 'he' || tokens[s - 1].text === 'she')) b = s - 1;
    // "Peter Hall, who ..., meanwhile has criticised": a sentence adverb alone is no subject.
    let adverbs = b;
    while (adverbs < s && SUBJECT_ADVERBS.has(tokens[adverbs].text.toLowerCase())) adverbs++;
    if (adverbs === s) b = s;
    const window = { start: from, end: tokens[s]?.start ?? cue.span.start };
    if (b === s) return { phrase: null, cue, window };
    return { phrase: item(text, tokens[b].start, tokens[s - 1].end), cue, window };
  }
  return null;
}

/** Present-tense cues that are also plural nouns ("reports", "tweets", "comments"). */
const PLURAL_LIKE_CUES = new Set(['tweets', 'posts', 'notes', 'states', 'replies', 'answers', 'remarks', 'comments', 'reports', 'emails', 'texts', 'blogs', 'jokes', 'laughs', 'cries', 'shouts', 'yells', 'screams', 'whispers', 'sighs', 'pleads', 'counters', 'wonders', 'marvels']);

/** Whether a token can end the subject right before a cue: a name, a pronoun, a role, a work or an organisation noun, an adverb, a web domain's ending. */
function cueSubjectBefore(t: Token): boolean {
  const w = t.text;
  const lw = w.toLowerCase();
  return isUpperChar(w[0]) || PERSONAL.has(w) || w === 'it' || w === 'who' || w === 'which' || ROLE_NOUNS.has(lw) || FINDING_SUBJECTS.has(lw) || ORG_NOUNS.has(lw) || AUX_WORDS.has(lw) || lw.endsWith('ly') || lw === 'com' || lw === 'org' || lw === 'net' || lw === 'uk';
}

/** Verbs by which a report or an organisation states a finding. */
const FINDING_VERBS = new Set(['found', 'finds', 'estimates', 'estimated', 'shows', 'showed', 'concludes', 'concluded']);
/** Nouns for the works and bodies whose findings are quoted ("the report found"). */
const FINDING_SUBJECTS = new Set(['report', 'study', 'survey', 'review', 'investigation', 'inquiry', 'audit', 'analysis', 'research', 'organization', 'organisation', 'group', 'agency', 'charity', 'commission', 'committee', 'panel']);

/** Sentence adverbs that can stand between a subject's apposition and its verb. */
const SUBJECT_ADVERBS = new Set(['meanwhile', 'also', 'however', 'then', 'later', 'now', 'still', 'further', 'furthermore', 'moreover', 'previously', 'earlier', 'recently', 'since']);

/** Verbs that report someone's words when an object stands between them and the quote. */
const NAMING_VERBS = new Set(['called', 'calling', 'calls', 'describing', 'labelled', 'labeled', 'labelling', 'labeling', 'branded', 'branding', 'deemed', 'dismissing', 'dismissed', 'hailed', 'hailing', 'praised', 'praising', 'condemned', 'condemning', 'slammed', 'slamming', 'criticised', 'criticized', 'blasted']);
const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are']);
/**
 * Whether naming verb `v` reports words: a short object stands between it and the quote ("called
 * the ordeal", "calling them the"), and it is not passive ("what's called", "been labeled").
 */
function namingCue(tokens: Token[], v: number): boolean {
  const n = tokens.length - 1 - v;
  const prev = tokens[v - 1];
  // "what he calls "possibility thinking"", "He called the growth of his church a "miracle"": a
  // personal pronoun right before the verb makes it a naming by that person.
  const byPronoun = prev !== undefined && PERSONAL.has(prev.text);
  if (n === 0 && byPronoun) return true;
  if (n < 1 || n > (byPronoun ? 10 : 4) || NAMING_PARTICLES.has(tokens[v + 1].text)) return false;
  if (prev && (PASSIVE.has(prev.text) || prev.poss || prev.text === 'what' || prev.text === 'so' || prev.text === 'is')) return false;
  for (let k = v + 1; k < tokens.length; k++) {
    const t = tokens[k].text.toLowerCase();
    // "dismissed the theory as "ludicrous"": "as" closes the object.
    if (t === 'as' && k === tokens.length - 1 && k > v + 1) continue;
    if (byPronoun && t === 'of' && k > v + 1) continue;
    if (FUNCTION_WORDS.has(t) && !OBJECT_WORDS.has(t)) return false;
    if (isUpperChar(tokens[k].text[0]) && k === v + 1 && n > 2) return false; // "a monk called Liuquan who ..."
  }
  return true;
}

const PERSONAL = new Set(['he', 'she', 'He', 'She', 'they', 'They', 'we', 'We', 'I']);
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'it', 'them', 'him', 'her', 'his', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my']);
const NAMING_PARTICLES = new Set(['for', 'on', 'off', 'up', 'out', 'in', 'it']);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'these', 'those', 'this', 'that', 'our', 'my']);

const item = (text: string, start: number, end: number): TextItem => ({ text: text.slice(start, end), span: { start, end } });

const PRONOUNS = new Set(['he', 'she', 'He', 'She']);
const GROUP_WORDS = /^(?:a|an|some|many|several|two|three|other|one|officials?|authorities|police|witness(?:es)?|residents?|sources?|activists?|dissidents|critics|experts|analysts|observers|people|others|they|we|it|state-run)\b/i;

/** Everything known about the speaker of one quote. */
interface Speaker {
  name: string | null;
  person: number | null;
  attribution: TextItem | null;
  cue: TextItem | null;
  pronoun: boolean;
}

/** Builds the reference list (every person mention) once per article. */
function referencesOf(text: string, people: Person[], quoted: Span[]): Ref[] {
  const refs: Ref[] = [];
  people.forEach((p, person) => {
    for (const m of p.mentions) {
      // `/^['\u2019]s/` on the two characters after the mention.
      const a = text.charCodeAt(m.span.end);
      const possessive = (a === 39 || a === 0x2019) && text.charCodeAt(m.span.end + 1) === 115;
      refs.push({ span: m.span, person, kind: m.kind, possessive, quoted: false });
    }
  });
  refs.sort((a, b) => a.span.start - b.span.start);
  // One merge walk over both sorted lists marks the references inside quotes.
  let q = 0;
  for (const r of refs) {
    while (q < quoted.length && quoted[q].end <= r.span.start) q++;
    if (q < quoted.length && quoted[q].start <= r.span.start && r.span.end <= quoted[q].end) r.quoted = true;
  }
  return refs;
}

/** Index of the first reference starting at or after `pos` (binary search). */
function firstRefAtOrAfter(refs: Ref[], pos: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Last reference lying inside `span`. */
function lastRefIn(refs: Ref[], span: Span): Ref | null {
  for (let i = firstRefAtOrAfter(refs, span.end) - 1; i >= 0 && refs[i].span.start >= span.start; i--) {
    if (refs[i].span.end <= span.end) return refs[i];
  }
  return null;
}

/**
 * The person a "he"/"she" before `pos` stands for: the latest subject-like mention (opening a
 * sentence, or next to a speech verb) or earlier speaker, else the nearest mention. Mentions
 * inside quotes, possessives ("al-Shallal's") and pronouns are skipped.
 */
function resolvePronoun(ctx: Context, pos: number, pronoun = ''): number | null {
  const { text, refs } = ctx;
  let nearest: Ref | null = null;
  let subject: Ref | null = null;
  // "she" never stands for a man known by his given name or title, nor "he" for a woman.
  const want = pronoun === 'he' || pronoun === 'He' ? 'm' : pronoun === 'she' || pronoun === 'She' ? 'f' : null;
  const fits = (person: number) => want === null || genderOf(ctx, person) !== (want === 'm' ? 'f' : 'm');
  // Walk back from `pos`, no further than the distance a pronoun can reach.
  for (let i = firstRefAtOrAfter(refs, pos) - 1; i >= 0 && refs[i].span.start > pos - PRONOUN_REACH; i--) {
    const r = refs[i];
    if (r.span.end > pos || r.kind === 'PRONOUN' || r.quoted || !fits(r.person)) continue;
    if (r.possessive) {
      // "Ann Lee's best memory came early. "...," she says": a sentence opening with a person's
      // thing (not a person of theirs, "Lee's lawyer") makes that person the topic.
      if (!possessiveTopic(text, r.span)) continue;
      subject = r;
      break;
    }
    nearest ??= r;
    if (subjectLike(text, r.span)) {
      subject = r;
      break;
    }
  }
  let best = subject ?? nearest;
  const bestPos = best ? best.span.start : -1;
  // Speakers are noted in text order: the last one before `pos` is the only candidate.
  const last = ctx.speakerRefs[ctx.speakerRefs.length - 1];
  if (last && last.pos < pos && last.pos > bestPos && pos - last.pos < PRONOUN_REACH && fits(last.person)) {
    best = { span: { start: last.pos, end: last.pos }, person: last.person, kind: 'FULL_NAME', possessive: false, quoted: false };
  }
  return best ? best.person : null;
}

const PRONOUN_REACH = 3000;

/** A possessive that opens its sentence and owns a thing, not a person: "Lee's most cherished memory ...". */
function possessiveTopic(text: string, span: Span): boolean {
  // Only a sentence start, or "but"/"yet", before the name (a cheap look back, no sentence scan).
  let i = span.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '\u201c' || text[i] === '\u2018' || text[i] === "'" || text[i] === '(')) i--;
  // "... was a fine moment, but Lee's best memory came later": the clause after "but" opens the same way.
  if (i >= 0 && !/[.!?\n\u201d]/.test(text[i]) && !/(?:^|[\s,])(?:[Bb]ut|[Yy]et)$/.test(text.slice(Math.max(0, i - 4), i + 1))) return false;
  const m = /^['\u2019]s ((?:[a-z]+ ){0,3})([a-z]+)\b/.exec(text.slice(span.end, span.end + 60));
  if (!m) return false;
  for (const w of (m[1] + m[2]).split(' ')) if (w && (lexicon.ROLE_NOUNS.has(w) || lexicon.ROLE_NOUNS.has(w.replace(/s$/, '')) || POSSESSED_PEOPLE.has(w))) return false;
  return true;
}

/** Nouns for people someone has ("his wife", "her lawyer") that ROLE_NOUNS may not hold. */
const POSSESSED_PEOPLE = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'family', 'parents', 'children', 'friend', 'friends', 'partner', 'girlfriend', 'boyfriend', 'lawyer', 'lawyers', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'team', 'office', 'campaign', 'aide', 'aides', 'agent', 'manager', 'coach', 'mum', 'dad', 'widow', 'fiancee', 'fiance', 'niece', 'nephew', 'uncle', 'aunt', 'grandmother', 'grandfather', 'cousin', 'colleague', 'colleagues', 'representative', 'rep', 'publicist', 'staff', 'administration', 'government', 'party', 'club', 'side', 'company', 'firm']);

const MALE_TITLES = /^(?:Mr\.?|Sir|Lord|King|Prince|Duke|Father|Brother|Rev\.? Mr\.?)$/;
const FEMALE_TITLES = /^(?:Mrs\.?|Ms\.?|Miss|Dame|Lady|Queen|Princess|Duchess|Sister|Madam|Madame)$/;

/** A person's gender when the given name or a title settles it ("m", "f"), else null. */
function genderOf(ctx: Context, person: number): 'm' | 'f' | null {
  const cached = ctx.genders[person];
  if (cached !== undefined) return cached;
  const p = ctx.people[person];
  let g: 'm' | 'f' | null = null;
  for (const t of p.titles) {
    if (MALE_TITLES.test(t)) g = 'm';
    else if (FEMALE_TITLES.test(t)) g = 'f';
  }
  if (g === null && p.name.indexOf(' ') > 0) {
    const first = p.name.slice(0, p.name.indexOf(' '));
    if (MALE_ONLY_NAMES.has(first)) g = 'm';
    else if (FEMALE_ONLY_NAMES.has(first)) g = 'f';
  }
  ctx.genders[person] = g;
  return g;
}
/** Lower-case words after a name that do not make it a clause subject ("Smith who", "Smith and"). */
const CLAUSE_LINKS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'if', 'because', 'as', 'than', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'about', 'after', 'before']);
/** Words that open an adverbial or a subordinate clause rather than a description of the subject. */
const OPENING_WORDS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'for', 'with', 'from', 'by', 'when', 'while', 'as', 'if', 'although', 'though', 'because', 'unlike', 'like', 'to', 'according', 'despite', 'without', 'under', 'over', 'once', 'until', 'unless', 'whether', 'but', 'and', 'so', 'then']);
const TITLE_LEAD = /^(?:(?:\p{Lu}[\p{L}.'-]*|of|the|former) )+$/u;

/** Whether a mention reads as the subject of its sentence or the speaker of a cue. */
function subjectLike(text: string, span: Span): boolean {
  const floor = Math.max(0, span.start - 300);
  const s = sentenceStart(text, span.start, floor);
  const lead = text.slice(s, span.start).replace(/["\u201c\u2018'(]/g, '').trim();
  if (lead === '' || /^(?:But|And|So|Then|Yet|Still|Now|However,?)$/.test(lead)) return true;
  // "Israeli Prime Minister Benjamin Netanyahu pointed": only capitalised title words before the name.
  if (TITLE_LEAD.test(lead + ' ') && wordAfter(text, span.end, Math.min(text.length, span.end + 40)) !== '' && /^ [a-z]/.test(text.slice(span.end, span.end + 2))) return true;
  // "History buff Ann Lee stood": a capitalised word and a lower-case description before the name, then its verb.
  if (/^\p{Lu}\p{Ll}+(?: [a-z]+){1,2}$/u.test(lead) && /^ [a-z]+\b/.test(text.slice(span.end, span.end + 3))) {
    const lw = lead.toLowerCase().split(' ');
    const next = wordAfter(text, span.end, Math.min(text.length, span.end + 40));
    if (!OPENING_WORDS.has(lw[0]) && !FUNCTION_WORDS.has(lw[0]) && lw.slice(1).every((w) => !FUNCTION_WORDS.has(w)) && !FUNCTION_WORDS.has(next) && !CLAUSE_LINKS.has(next) && !lw[lw.length - 1].endsWith('ing') && !lw[lw.length - 1].endsWith('ed')) return true;
  }
  // "The United Nations Secretary-General, Ban Ki-moon, last year stressed": a title, then the name in commas.
  if (lead.endsWith(',') && TITLE_LEAD.test(lead.slice(0, -1) + ' ') && /^, (?:[a-z]+ ){0,3}[a-z]+(?:ed|s)\b/.test(text.slice(span.end, span.end + 40))) return true;
  // "Among them was Ann Lee, who ...": an inverted subject after a fronted phrase and the copula.
  if (/^(?:Among|Amongst|Including|One of|Another of|Also)\b[^,]*\b(?:was|were)$/.test(lead)) return true;
  // "A young man named Ann Lee shared a video": an indefinite description naming its subject.
  if (/^(?:A|An|One)\b[^,]*\b(?:named|called)$/.test(lead) && /^ [a-z]+/.test(text.slice(span.end, span.end + 3)) && !CLAUSE_LINKS.has(wordAfter(text, span.end, Math.min(text.length, span.end + 30)))) return true;
  if (lead.endsWith(',') && lead.indexOf(',') === lead.length - 1) {
    const next = /^ ([a-z]+)\b/.exec(text.slice(span.end, span.end + 30))?.[1];
    // "Moments after the blast, Richard had stumbled": an opening adverbial (not a clause of its
    // own, "Bob said that while he ..., Ann now"), then the name and its verb.
    const leadWords = splitAtSpaces(lead.slice(0, -1));
    const adverbial = (OPENING_WORDS.has(leadWords[0].toLowerCase()) || leadWords[0].endsWith('ing') || leadWords.length <= 4) && !/\b(?:that|which|who|said|says)\b/.test(lead);
    if (adverbial && next && (AUX_WORDS.has(next) || !FUNCTION_WORDS.has(next)) && !CLAUSE_LINKS.has(next)) return true;
    // "Hounded by critics, Ann Lee, a poet, announced ...": an opening participle phrase, the name, an apposition, the verb.
    const opener = leadWords[0].toLowerCase();
    if ((OPENING_WORDS.has(opener) || opener.endsWith('ing') || opener.endsWith('ed')) && !/\b(?:that|which|who|said|says)\b/.test(lead) && /^, (?:a|an|the|his|her|their) [^,.;]{1,60}, (?:[a-z]+ )?[a-z]+(?:ed|s)\b/.test(text.slice(span.end, span.end + 100))) return true;
    // "Another of the witnesses, Ann Lee, also recalled": a description, then the name in commas and the verb.
    const first = lead.slice(0, lead.search(/[\s,]/)).toLowerCase();
    if (!OPENING_WORDS.has(first) && !first.endsWith('ing') && /^, (?:[a-z]+ ){0,2}[a-z]+(?:ed|s)\b/.test(text.slice(span.end, span.end + 40))) return true;
  }
  const before = wordBefore(text, span.start, floor);
  if (SPEECH_VERBS.has(before)) return true;
  // "... was not disciplined and Rodgers now wants to move on": a name opening a second clause.
  if ((before === 'and' || before === 'but') && /^ (?:(?:now|also|then|later|still) )?[a-z]+(?:ed|s)\b/.test(text.slice(span.end, span.end + 30))) {
    const prior = wordBefore(text, text.lastIndexOf(before, span.start), floor);
    if (prior !== '' && !isUpperChar(prior[0]) && !FUNCTION_WORDS.has(prior)) return true;
  }
  const after = wordAfter(text, span.end, Math.min(text.length, span.end + 40));
  if (SPEECH_VERBS.has(after)) return true;
  // "the third panelist -- Hill -- quickly jumped in": a name set off by dashes before the verb.
  return /(?:--|\u2014|\u2013) ?$/.test(text.slice(span.start - 4, span.start)) && /^ ?(?:--|\u2014|\u2013) ?[a-z]/.test(text.slice(span.end, span.end + 6));
}

/**
 * "the latter" / "the former" at `pos`: the second or first of the nearest two people joined by
 * "and" before it (looking back over at most a few references, within the last ~600 characters).
 */
function pairMember(ctx: Context, pos: number, latter: boolean): number | null {
  const { text, refs } = ctx;
  const end = firstRefAtOrAfter(refs, pos);
  for (let i = end - 1; i >= 1 && i >= end - 8 && pos - refs[i].span.start < 600; i--) {
    const b = refs[i];
    const a = refs[i - 1];
    if (a.quoted || b.quoted || a.person === b.person || a.span.end > b.span.start) continue;
    if (/^\s*(?:and|&)\s*$/.test(text.slice(a.span.end, b.span.start))) return latter ? b.person : a.person;
  }
  return null;
}

/** Turns a subject phrase into a speaker: a person mention, a pronoun, an organisation name, or null. */
function resolvePhrase(
  ctx: Context,
  phrase: TextItem | null,
  window: Span,
  quotePos: number,
): Resolved {
  const { text, refs, people } = ctx;
  if (phrase) {
    let inPhrase = lastRefIn(refs, phrase.span);
    if (inPhrase) {
      const firstRef = refs[firstRefAtOrAfter(refs, phrase.span.start)];
      // "An attorney for the Mahmood family": the role noun heads the phrase, the name is its complement.
      const pTokens = tokenize(text, phrase.span.start, phrase.span.end);
      if (DETERMINERS.has(pTokens[0]?.text.toLowerCase() ?? '') && roleBeforeComplement(pTokens, firstRef.span.start)) inPhrase = null;
    }
    if (inPhrase) {
      // "The Mahmood family": a name modifying a group noun names the group, not the person.
      const after = wordAfter(text, inPhrase.span.end, phrase.span.end).toLowerCase();
      if (after && GROUP_AFTER_NAME.has(after) && !inPhrase.possessive) {
        let e = inPhrase.span.end;
        while (e < phrase.span.end && !isLetter(text[e])) e++;
        return { name: text.slice(inPhrase.span.start, e + after.length), person: null, pronoun: false, phrase };
      }
      // "authors Erika Prins and Gertjan Broek": a joint attribution names both.
      const all: Ref[] = [];
      for (let i = firstRefAtOrAfter(refs, phrase.span.start); i < refs.length && refs[i].span.start < phrase.span.end; i++) {
        if (refs[i].span.end <= phrase.span.end) all.push(refs[i]);
      }
      const names = [...new Set(all.map((r) => people[r.person].name))];
      const joint = names.length === 2 && / and /.test(phrase.text);
      return { name: joint ? names.join(' and ') : people[inPhrase.person].name, person: joint ? null : inPhrase.person, pronoun: false, phrase, org: joint };
    }
    // "Ann Lee and Bo Chan criticised him ... the latter said": the second (or first) of the pair.
    const pairWord = /^the (latter|former)$/i.exec(phrase.text);
    if (pairWord) {
      const person = pairMember(ctx, phrase.span.start, pairWord[1].toLowerCase() === 'latter');
      if (person !== null) return { name: people[person].name, person, pronoun: false, phrase };
    }
    const words = splitAtSpaces(phrase.text);
    const lastWord = words[words.length - 1];
    if (PRONOUNS.has(lastWord) && words.length === 1) {
      const person = resolvePronoun(ctx, Math.min(phrase.span.start, quotePos), lastWord);
      return { name: person !== null ? people[person].name : null, person, pronoun: true, phrase };
    }
    // "the 34-year-old said": an age description stands for the person last mentioned.
    // "the 39-year-old actor and humanitarian said": lower-case role words may follow the age.
    const age = /^(?:the|The) (\d+)-year-old(?: [a-z][a-z-]*){0,4}$/.exec(phrase.text);
    if (age) {
      const person = personOfAge(ctx, age[1]) ?? resolvePronoun(ctx, Math.min(phrase.span.start, quotePos));
      if (person !== null) return { name: people[person].name, person, pronoun: false, phrase };
    }
    // "the airline said": the organisation last introduced with that noun.
    const orgNoun = /^(?:the|The) ([a-z]+)$/.exec(phrase.text);
    if (orgNoun && ORG_NOUNS.has(orgNoun[1])) {
      const org = organisationFor(text, orgNoun[1], phrase.span.start);
      if (org) return { name: org, person: null, pronoun: false, phrase };
      // "the organization found": the organisation that spoke last, close by.
      const g = ctx.lastGroup;
      if (GENERIC_ORG_NOUNS.has(orgNoun[1]) && g && g.pos < quotePos && quotePos - g.pos < 2000 && !GROUP_WORDS.test(g.name)) return { name: g.name, person: null, pronoun: false, phrase, org: true };
      // "the BBC aired it ..., the broadcaster said": an outlet written as "the <ACRONYM>" just before.
      if (MEDIA_NOUNS.has(orgNoun[1])) {
        const outlet = acronymOutletBefore(text, phrase.span.start);
        if (outlet) return { name: outlet, person: null, pronoun: false, phrase, org: true };
      }
    }
    // "his foreign ministry notes": the organisation the article names with those words capitalised
    // ("the Iranian Foreign Ministry"), nearest to the phrase.
    const ownOrg = /^(?:the|The|his|His|her|Her|its|Its|their|Their) ([a-z]+) ([a-z]+)$/.exec(phrase.text);
    if (ownOrg && ORG_NOUNS.has(ownOrg[2])) {
      const org = organisationNamed(text, ownOrg[1], ownOrg[2], phrase.span.start);
      if (org) return { name: org, person: null, pronoun: false, phrase, org: true };
    }
    // "they said": a group or organisation that spoke just before.
    if ((lastWord === 'they' || lastWord === 'They') && words.length === 1) {
      const g = ctx.lastGroup;
      if (g && g.pos < quotePos && quotePos - g.pos < 800) return { name: g.name, person: null, pronoun: true, phrase };
      return { name: null, person: null, pronoun: false, phrase };
    }
    // "a White House spokesman", "the attorney for the families": a person nearby with that role.
    const head = descriptionHead(phrase.text);
    if (head) {
      const person = personByRole(ctx, head, phrase.span);
      if (person !== null) return { name: people[person].name, person, pronoun: false, phrase };
    }
    // "A Lufthansa spokesperson": the organisation the spokesperson speaks for.
    const org = ORG_VOICE.exec(phrase.text);
    if (org) return { name: org[1].trim(), person: null, pronoun: false, phrase };
    // "the Mahmood family": a capitalised name before a group noun names the group.
    const family = /^(?:the|The) ((?:\p{Lu}[\p{L}'-]*\s){1,3})([a-z]+)$/u.exec(phrase.text);
    if (family && GROUP_AFTER_NAME.has(family[2]) && !NOT_ORG_WORD.test(family[1])) return { name: family[1] + family[2], person: null, pronoun: false, phrase };
    // "the Sunday Times", "Nigeria's police force": a name shaped like an organisation.
    const orgName = organisationName(phrase.text);
    if (orgName && !GROUP_WORDS.test(orgName)) return { name: orgName, person: null, pronoun: false, phrase, org: true };
    // "the Justice Department's report said": an organisation that owns the text is its author.
    const owned = OWNED_TEXT.exec(phrase.text);
    const owner = owned ? organisationName(owned[1]) : null;
    if (owner && !GROUP_WORDS.test(owner)) return { name: owner, person: null, pronoun: false, phrase, org: true };
    // "the report notes", "the annual study found": whoever the article says published it.
    if (WRITTEN_WORK.test(phrase.text)) {
      const issuer = issuerOfWork(ctx, phrase.span.start);
      if (issuer) {
        const person = personNamed(people, issuer);
        return { name: person !== null ? people[person].name : issuer, person, pronoun: false, phrase, org: person === null };
      }
    }
    // "said a letter sent to outlets by the Indian government": the agent the text names after "by".
    if (SENT_TEXT.test(phrase.text)) {
      const by = SENT_BY.exec(text.slice(phrase.span.end, phrase.span.end + 120));
      if (by) {
        const person = personNamed(people, by[1]);
        return { name: person !== null ? people[person].name : by[1], person, pronoun: false, phrase, org: person === null };
      }
    }
    // "the statement said", "it says": the organisation or person that issued the text just before.
    if (ISSUED_TEXT.test(phrase.text) || phrase.text === 'it') {
      const iss = ctx.lastIssuer;
      if (iss && quotePos - iss.pos < 1500) return { name: iss.name, person: iss.person, pronoun: false, phrase };
      const org = organisationBefore(ctx, phrase.span.start);
      if (org) return { name: org, person: null, pronoun: false, phrase };
    }
    // "police said" after "Nigeria's police force" issued a statement: that organisation.
    const groupWord = /^(?:the |The )?([a-z]+)$/.exec(phrase.text);
    if (groupWord && ctx.lastIssuer && ctx.lastIssuer.person === null && quotePos - ctx.lastIssuer.pos < 1500 && ctx.lastIssuer.name.toLowerCase().split(/[^a-z]+/).includes(groupWord[1])) {
      return { name: ctx.lastIssuer.name, person: null, pronoun: false, phrase };
    }
    // A website as a source: "philly.com reports".
    if (WEB_NAME.test(phrase.text)) return { name: phrase.text, person: null, pronoun: false, phrase, org: true };
    // An organisation written with capitals: "The Syrian Arab News Agency", "Paris Match".
    const bare = phrase.text.replace(/^(?:the|The)\s+/, '');
    if (!GROUP_WORDS.test(bare) && !NOT_ORG_WORD.test(bare) && splitAtSpaces(bare).every((w) => isUpperChar(w[0]) || (w[0] >= '0' && w[0] <= '9') || SMALL_ORG_WORDS.has(w)) && isUpperChar(bare[0])) {
      return { name: bare, person: null, pronoun: false, phrase };
    }
    return { name: null, person: null, pronoun: false, phrase, head: head ?? undefined };
  }
  // No subject right before the cue (an apposition came between): the last person in the clause.
  const r = lastRefIn(refs, window);
  if (r && !r.possessive) return { name: people[r.person].name, person: r.person, pronoun: false, phrase: item(text, r.span.start, r.span.end) };
  return { name: null, person: null, pronoun: false, phrase: null };
}

/** A website's address as a name: "philly.com", "StatusPeople.com". */
const WEB_NAME = /^[a-z][a-z0-9-]*\.(?:com|org|net|co\.uk|org\.uk)$/i;

/** "the report", "its annual survey": a published work that can be quoted. */
const WRITTEN_WORK = /^(?:the|The|its|Its|their|this|This|that) (?:[a-z-]+ ){0,3}(?:report|study|survey)$/;
const CAP_RUN = String.raw`(\p{Lu}[\p{L}.&-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)?\p{Lu}[\p{L}.&-]*){0,5})`;
/** "Amnesty International alleges in its annual report", "Oxfam released a report". */
const ISSUER_BEFORE = [
  new RegExp(CAP_RUN + String.raw`(?:\s+[a-z]+){0,2}\s+in\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}$`, 'u'),
  new RegExp(CAP_RUN + String.raw`\s+(?:(?:has|have|had|also)\s+)?(?:released|published|issued|produced|compiled)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,4}$`, 'u'),
];
/** "a report by the Global Fund", "the study from Oxford University". */
const ISSUER_AFTER = new RegExp(String.raw`^s?\s+(?:[a-z]+\s+){0,2}(?:by|from)\s+(?:the\s+)?` + CAP_RUN, 'u');

/** The publisher of the report or study a phrase at `pos` stands for: the nearest one named before it. */
function issuerOfWork(ctx: Context, pos: number): string | null {
  const { text } = ctx;
  const from = Math.max(0, pos - 6000);
  let found: string | null = null;
  for (const m of text.slice(from, pos).matchAll(/\b(?:report|study|survey)/g)) {
    const at = from + (m.index ?? 0);
    const before = text.slice(Math.max(0, at - 100), at);
    let name: string | null = null;
    for (const re of ISSUER_BEFORE) {
      const b = re.exec(before);
      if (b) name = b[1];
    }
    const a = ISSUER_AFTER.exec(text.slice(at + m[0].length, at + m[0].length + 90));
    if (!name && a) name = a[1];
    if (!name) continue;
    name = name.replace(/^The\s+/, '');
    if (badSpeakerName(name) || COMMON_CAPITALISED_WORD.test(name)) continue;
    found = name;
  }
  return found;
}
const COMMON_CAPITALISED_WORD = /^(?:In|On|At|By|For|With|From|As|It|He|She|They|We|I|This|That|But|And|A|An)\b/;

/** A written text, possibly with its sending verb: "a letter sent", "the statement released". */
const SENT_TEXT = /^(?:the|The|a|A|an|An) (?:statement|letter|note|message|memo|release|press release|email|e-mail)(?: (?:sent|released|issued|posted|published|circulated|distributed))?$/;
/** The agent after the text: " to media outlets by the Indian government." (capitalised words, or one with an organisation noun). */
const SENT_BY = /^(?: (?:sent|released|issued|posted|published|circulated|distributed))?(?: (?:to|on|late|early|last|this|in) [a-z]+(?: [a-z]+){0,2})? by (?:the )?((?:\p{Lu}[\p{L}'-]* ){0,4}(?:\p{Lu}[\p{L}'-]*|government|ministry|police|army|military|embassy|council|agency|court|department|office|authorities))(?=[.,;]|$)/u;

/** "the Justice Department's report": an owner's name before a written text. */
const OWNED_TEXT = /^(?:the |The )?(.+?)['\u2019]s (?:report|statement|letter|ruling|release|filing|complaint|lawsuit|indictment|findings|memo)$/;

/** The last organisation-shaped capitalised name before `pos` (outside quotes, close by), or null. */
function organisationBefore(ctx: Context, pos: number): string | null {
  const from = Math.max(0, pos - 1200);
  const hay = ctx.text.slice(from, pos);
  let found: string | null = null;
  for (const m of hay.matchAll(/(?:\p{Lu}[\p{L}.'\u2019-]*\s+(?:(?:of|and|the|for)\s+)?)*\p{Lu}[\p{L}.-]*/gu)) {
    const at = from + (m.index ?? 0);
    if (ctx.quoted.some((q) => q.start <= at && at < q.end)) continue;
    const org = organisationName(m[0]);
    if (org) found = org;
  }
  return found;
}

/** The one person the article gives this age: "Kim Rose, 57," or "57-year-old Kim Rose". */
function personOfAge(ctx: Context, age: string): number | null {
  const { text, refs } = ctx;
  let found: number | null = null;
  for (const r of refs) {
    if (r.quoted) continue;
    const e = r.span.end;
    const after = text[e] === ',' && text.startsWith(' ' + age, e + 1) && !/\d/.test(text[e + 2 + age.length] ?? '');
    const before = text.startsWith(age + '-year-old ', r.span.start - age.length - 10);
    if (!after && !before) continue;
    if (found !== null && found !== r.person) return null;
    found = r.person;
  }
  return found;
}

interface Resolved {
  name: string | null;
  person: number | null;
  pronoun: boolean;
  phrase: TextItem | null;
  /** Head role noun of an unnamed singular description ("attorney"), for resolving it later. */
  head?: string;
  /** The name is shaped like an organisation ("Alabama Supreme Court") or joins two people. */
  org?: boolean;
}

/** Head role nouns of each person's roles and titles ("spokesman", "chief"), computed once. */
function headsOf(ctx: Context, person: number): Set<string> {
  let h = ctx.heads[person];
  if (h) return h;
  h = new Set();
  const p = ctx.people[person];
  for (const r of [...p.roles, ...p.titles]) {
    let last: string | null = null;
    let prev = '';
    for (const w of splitAtSpaces(r, true)) {
      const lw = w.toLowerCase();
      if (lw === 'of' || lw === 'for' || lw === 'in' || lw === 'with' || lw === 'at') break;
      // "the president then said" read as a role: a clause, not a description.
      if (SPEECH_VERBS.has(lw)) {
        last = null;
        break;
      }
      if (ROLE_NOUNS.has(lw)) last = RANK_MODIFIERS.has(prev) ? prev + ' ' + lw : lw;
      prev = lw;
    }
    if (last) h.add(last);
  }
  ctx.heads[person] = h;
  return h;
}

/** Heads an "official" can stand for. */
const OFFICIAL_HEADS = new Set(['official', 'head', 'chief', 'director', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'administrator', 'commissioner', 'officer', 'commander', 'president', 'chairman', 'ambassador', 'governor', 'mayor']);

/** Whether a person with these role heads may be the one an unnamed description stands for. */
function fitsDescription(head: string, heads: Set<string>): boolean {
  if (heads.size === 0 || heads.has(head)) return true;
  if (head === 'official' || head === 'officer') for (const h of heads) if (OFFICIAL_HEADS.has(h)) return true;
  return false;
}

/** The one person with role head `head` mentioned near `span` (previous paragraph to the next). */
function personByRole(ctx: Context, head: string, span: Span): number | null {
  const { refs } = ctx;
  let found: number | null = null;
  for (let k = firstRefAtOrAfter(refs, span.start - 1500); k < refs.length && refs[k].span.start < span.end + 1500; k++) {
    const r = refs[k];
    if (r.quoted || !headsOf(ctx, r.person).has(head)) continue;
    if (found !== null && found !== r.person) return null;
    found = r.person;
  }
  return found;
}

/** Words that never belong to an organisation's name: pronouns and days ("Wednesday He"). */
const NOT_ORG_WORD = /\b(?:He|She|They|It|We|I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const ORG_VOICE = /^(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}.'-]*\s+){1,4})(?:spokesman|spokeswoman|spokesperson|official|representative|statement)$/u;

/** Nouns that can stand for any organisation already speaking ("the organization", "the group"). */
const GENERIC_ORG_NOUNS = new Set(['organization', 'organisation', 'group', 'charity', 'agency']);

/** Nouns that stand for a news outlet ("the broadcaster said"). */
const MEDIA_NOUNS = new Set(['broadcaster', 'network', 'channel', 'station', 'newspaper', 'paper', 'website', 'magazine']);
/** Acronyms of places, not outlets ("the UK"). */
const PLACE_ACRONYMS = new Set(['UK', 'US', 'USA', 'UAE', 'EU', 'DRC', 'GB', 'NI']);

/** The last "the <ACRONYM>" ("the BBC") in the 500 characters before `pos`, not a place. */
function acronymOutletBefore(text: string, pos: number): string | null {
  let found: string | null = null;
  for (const m of text.slice(Math.max(0, pos - 500), pos).matchAll(/\b[Tt]he ([A-Z]{2,6})(?![\p{L}\p{N}'\u2019.-])/gu)) if (!PLACE_ACRONYMS.has(m[1])) found = m[1];
  return found;
}

const ORG_NOUNS = new Set(['airline', 'company', 'agency', 'ministry', 'department', 'museum', 'network', 'newspaper', 'magazine', 'firm', 'organization', 'organisation', 'foundation', 'charity', 'group', 'carrier', 'broadcaster', 'bank', 'club', 'university', 'hospital', 'channel', 'website', 'paper']);

/** Capitalised words starting at `i` ("Gryphon Airlines"), or '' when there are none. */
function capitalisedRunAt(text: string, i: number): string {
  let e = i;
  for (;;) {
    if (!isUpperChar(text[e])) break;
    let w = e;
    while (w < text.length && (isLetter(text[w]) || text[w] === '-' || text[w] === '.')) w++;
    const next = text[w] === ' ' ? w + 1 : -1;
    const end = text[w - 1] === '.' ? w - 1 : w;
    if (next < 0 || !isUpperChar(text[next])) return text.slice(i, end);
    e = next;
  }
  return text.slice(i, Math.max(i, e - 1));
}

/**
 * The organisation a "the airline" stands for: searching back, either "airline Lufthansa"
 * (noun then name) or a capitalised run holding the noun ("Gryphon Airlines").
 */
function organisationFor(text: string, noun: string, pos: number): string | null {
  const floor = Math.max(0, pos - 4000);
  const hay = text.slice(floor, pos).toLowerCase();
  let at = hay.lastIndexOf(noun);
  while (at >= 0) {
    const abs = floor + at;
    const after = abs + noun.length + (text[abs + noun.length] === 's' ? 1 : 0);
    if (isUpperChar(text[abs]) && !isLetter(text[after])) {
      // "Gryphon Airlines": walk back to the start of the capitalised run.
      let s = abs;
      while (s >= 2 && text[s - 1] === ' ' && isUpperChar(text[wordStart(text, s - 1)])) s = wordStart(text, s - 1);
      if (s < abs) return text.slice(s, after);
    } else if (text[after] === ' ' && isUpperChar(text[after + 1]) && !isLetter(text[abs - 1])) {
      const name = capitalisedRunAt(text, after + 1);
      if (name) return name;
    }
    at = at > 0 ? hay.lastIndexOf(noun, at - 1) : -1;
  }
  return null;
}

/**
 * The capitalised name holding `modifier noun` ("Foreign Ministry" for "foreign ministry") nearest
 * to `pos`, with the capitalised words before it ("Iranian Foreign Ministry"), or null.
 */
function organisationNamed(text: string, modifier: string, noun: string, pos: number): string | null {
  const cap = (w: string) => w[0].toUpperCase() + w.slice(1);
  const key = cap(modifier) + ' ' + cap(noun);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (isLetter(text[at + key.length] ?? '') || isLetter(text[at - 1] ?? '')) continue;
    // Walk back over the capitalised words before it ("Iranian"), not over "The" or "In".
    let s = at;
    while (s >= 2 && text[s - 1] === ' ') {
      const w = wordStart(text, s - 1);
      if (w === s - 1 || !isUpperChar(text[w]) || FUNCTION_CAPITALS.has(text.slice(w, s - 1))) break;
      s = w;
    }
    const distance = Math.abs(at - pos);
    if (distance < bestDistance) {
      best = text.slice(s, at + key.length);
      bestDistance = distance;
    }
  }
  return best;
}
const FUNCTION_CAPITALS = new Set(['The', 'A', 'An', 'His', 'Her', 'Its', 'Their', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'Of', 'And', 'But', 'To']);

function wordStart(text: string, spaceAt: number): number {
  let s = spaceAt;
  while (s > 0 && isLetter(text[s - 1])) s--;
  return s;
}

const SMALL_ORG_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'de']);

/** Why a mark pair is not reported speech: a title, a nickname, a scare quote. */
function notSpeech(text: string, q: RawQuote, content: Span, hasCue: boolean): boolean {
  const s = text.slice(content.start, content.end);
  if (!HAS_LETTER.test(s)) return true;
  const floor = q.region.span.start;
  const prev = wordBefore(text, q.open, floor);
  if (prev.toLowerCase() === 'so-called') return true;
  // `a memoir titled "Mr. Ambassador"`: what follows "titled" is always a title.
  if (prev === 'titled' || prev === 'entitled') return true;
  if (prev === 'called' || prev === 'dubbed' || prev === 'nicknamed') {
    return !hasCue || titleCase(s);
  }
  // Nickname between two name parts: Joseph "Joe" Smith.
  if (isUpperChar(prev[0]) && isUpperChar(s[0]) && splitsAtMost(s, 0, s.length, 2) && isUpperChar(wordAfter(text, q.close + 1, q.region.span.end)[0])) {
    const gapBefore = text.slice(q.open - 1, q.open);
    if (gapBefore === ' ') return true;
  }
  return titleCase(s) && !directOpening(text, q);
}

/** Words that join two quotes of one sentence: `"wrong" and "unwarranted"`, `'hacked' or made a 'mistake'`. */
const JOINING_GAP = /^[\s,]*(?:(?:and|or|but|as well as|nor)\b(?:\s+[a-z]+){0,3})?[\s,]*$/;

/** Whether raw quote `b` follows `a` in the same sentence, joined by a conjunction or a comma. */
function joinedQuotes(text: string, a: RawQuote, b: RawQuote): boolean {
  return a.region === b.region && a.closed && b.open - a.close < 40 && JOINING_GAP.test(text.slice(a.close + 1, b.open));
}

/** Whether the opening mark starts a sentence or follows `said,` / `:` (a whole-sentence quote). */
function directOpening(text: string, q: RawQuote): boolean {
  let i = q.open - 1;
  const floor = q.region.span.start;
  while (i >= floor && isSpace(text[i])) i--;
  if (i < floor) return true;
  const c = text[i];
  if (c === ',' || c === ':') {
    const w = wordBefore(text, i + 1, floor);
    return c === ':' || SPEECH_VERBS.has(w) || AUX_WORDS.has(w) || /^[A-Z]/.test(w) || w === 'that';
  }
  return c === '.' || c === '!' || c === '?' || c === '-' || c === '\u2014' || c === ')' || isDoubleMark(c) || isSingleMark(c);
}

function kindOf(text: string, q: RawQuote, content: Span): QuoteKind {
  const first = text[content.start];
  if (q.continuation) return 'DIRECT';
  if (!(isUpperChar(first) || (first >= '0' && first <= '9') || first === '(' || first === '[' || first === '.')) return 'PARTIAL';
  return directOpening(text, q) ? 'DIRECT' : 'PARTIAL';
}

/** Extracts quotes with their speakers, and adds the pronoun mentions used to resolve them. */
export function extractQuotes(doc: DocumentView, people: Person[]): { quotes: Quote[]; people: Person[] } {
  try {
    return extract(doc, people);
  } catch {
    return { quotes: [], people };
  }
}

function extract(doc: DocumentView, input: Person[]): { quotes: Quote[]; people: Person[] } {
  const text = doc.text;
  const people: Person[] = input.map((p) => ({ ...p, titles: [...p.titles], roles: [...p.roles], mentions: [...p.mentions] }));
  const raws: RawQuote[] = [];
  let open = false;
  for (const region of regionsOf(doc)) open = scanRegion(text, region, open, raws);
  const quoted = raws.map((q) => contentSpan(text, q));
  const refs = referencesOf(text, people, quoted);
  const ctx: Context = { text, refs, people, quoted, speakerRefs: [], lastGroup: null, lastIssuer: null, heads: [], groups: [], genders: [] };
  // Each mark pair: kept as speech, dropped, or (a word or two with no cue) kept only when joined
  // to a quote kept in the same sentence ("were "completely wrong" and "unwarranted."").
  const verdicts: ('keep' | 'drop' | 'short')[] = [];
  const atts: { att: Attribution | null; after: boolean }[] = [];
  for (let k = 0; k < raws.length; k++) {
    const q = raws[k];
    const content = quoted[k];
    atts.push({ att: null, after: false });
    verdicts.push('drop');
    if (content.end <= content.start) continue;
    const att = attributionOf(text, raws, k, content);
    atts[k] = att;
    if (notSpeech(text, q, content, att.att !== null)) continue;
    // Signs, banners, hashtag glosses: written words nobody is reported as saying.
    if (signQuote(text, q.open, q.close, q.region.span.start, q.region.span.end, att.att?.phrase?.span ?? null, att.att?.cue.text ?? null)) continue;
    // A word or two in quotes with no speech cue in the sentence is a scare quote or a label.
    verdicts[k] = splitsAtMost(text, content.start, content.end, 2) && att.att === null && !q.continuation ? 'short' : 'keep';
  }
  const kept: { raw: RawQuote; content: Span; att: Attribution | null; after: boolean }[] = [];
  for (let k = 0; k < raws.length; k++) {
    if (verdicts[k] === 'drop') continue;
    if (verdicts[k] === 'short' && !(verdicts[k - 1] === 'keep' && joinedQuotes(text, raws[k - 1], raws[k])) && !(verdicts[k + 1] === 'keep' && joinedQuotes(text, raws[k], raws[k + 1]))) continue;
    kept.push({ raw: raws[k], content: quoted[k], att: atts[k].att, after: atts[k].after });
  }
  const speakers: (Speaker | null)[] = kept.map(() => null);
  /** Unresolved attributions: the description's head noun (null for "state media") and where it stands. */
  const pending: (Pending | null)[] = kept.map(() => null);
  const bodyStart = doc.paragraphs.find((p) => p.kind === 'BODY')?.span.start ?? 0;
  // Own attributions first, in text order, so pronouns can lean on earlier speakers.
  for (let i = 0; i < kept.length; i++) {
    const { att, raw, content } = kept[i];
    const floor = raw.region.span.start;
    // `Kimmy: "..."`: a script line names its speaker before the colon.
    const script = raw.continuation ? null : scriptSpeaker(text, raw.open, floor);
    if (script) {
      // "Julian and Jacqueline Voorhees" written in the article settles either given name.
      const shared = sharedSurname(text, script.name);
      const person = shared ? personNamed(people, shared) : personNamed(people, script.name) ?? nearestGivenName(ctx, script.name, script.span);
      const name = person !== null ? people[person].name : shared ?? script.name;
      speakers[i] = { name, person, attribution: item(text, script.span.start, script.span.end), cue: null, pronoun: false };
      noteSpeaker(ctx, person, content.start);
      continue;
    }
    if (!att) {
      if (raw.continuation || kindOf(text, raw, content) !== 'PARTIAL') continue;
      // `There is "no hope" of finding them, a federal official said.`: the cue ends the sentence.
      const tail = trailingAttribution(text, kept, i);
      if (tail) {
        kept[i].att = tail;
        kept[i].after = true;
        i--;
        continue;
      }
      // "According to the website Big Shiny Robot, the novel ... who "also happens to be ..."":
      // a sentence opened by "according to" is attributed as a whole.
      const acc = accordingOpening(ctx, afterDateline(doc, sentenceStart(text, raw.open, floor)), raw.open) ?? accordingBefore(ctx, beforeFrom(text, kept, i), raw.open);
      if (acc) {
        speakers[i] = acc;
        noteSpeaker(ctx, acc.person, content.start);
        continue;
      }
      // A fragment with no cue in its sentence: the subject of the sentence, when it is a person
      // or an organisation ("the chief has left ... to join "the revolution."").
      const subj = clauseSubject(text, afterDateline(doc, beforeFrom(text, kept, i)), raw.open);
      if (!subj) continue;
      const r = resolveSubject(ctx, subj, raw.open, false);
      if (r.name !== null) {
        if (r.person === null && !r.pronoun) noteGroup(ctx, r.name, content.start);
        speakers[i] = { name: r.name, person: r.person, attribution: r.phrase, cue: null, pronoun: r.pronoun };
        noteSpeaker(ctx, r.person, content.start);
      } else if (r.head) pending[i] = { head: r.head, pos: subj.span.start, phrase: subj };
      continue;
    }
    // `Mr Hall warned that ... 'X' and added: 'Y'`: a verb with no subject of its own, joined to
    // the previous quote's sentence, shares that quote's speaker.
    if (!att.phrase && i > 0 && speakers[i - 1]?.name && kept[i - 1].raw.region === raw.region && att.cue.span.start > kept[i - 1].raw.close) {
      const gap = text.slice(kept[i - 1].raw.close + 1, att.cue.span.start);
      if (/^[\s,]*(?:and|but)\s+(?:\w+\s+){0,2}$/.test(gap) && !hasSentenceEnd(text, kept[i - 1].raw.close + 1, att.cue.span.start)) {
        const prev = speakers[i - 1] as Speaker;
        speakers[i] = { ...prev, attribution: null, cue: att.cue, pronoun: false };
        noteSpeaker(ctx, prev.person, content.start);
        continue;
      }
    }
    let r = resolvePhrase(ctx, att.phrase, att.window, raw.open);
    // "The owner of a house where students died in a fire said": the subject comes before the relative clause.
    if (r.name === null && !r.head && att.phrase && !kept[i].after) {
      const start = afterDateline(doc, sentenceStart(text, att.phrase.span.start, floor));
      const subj = clauseSubject(text, start, att.phrase.span.start);
      if (subj && RELATIVE_NEXT.test(text.slice(subj.span.end, att.phrase.span.start))) {
        const rs = resolveSubject(ctx, subj, raw.open);
        if (rs.name !== null || rs.head) r = rs;
      } else if (subj && /^\s*,\s*$/.test(text.slice(subj.span.end, att.phrase.span.start)) && DETERMINERS.has(att.phrase.text.slice(0, att.phrase.text.indexOf(' ')).toLowerCase())) {
        // "StatusPeople.com, the oldest such tool, reports": the name before a descriptive apposition.
        r = nameBeforeApposition(ctx, subj, raw.open) ?? r;
      }
      // "Ann Lee - a lawyer and legal commenter - suggests": the name before a dashed apposition.
      const dashed = r.name === null ? lastRefIn(ctx.refs, { start, end: att.phrase.span.start }) : null;
      if (dashed && !dashed.possessive && !dashed.quoted && /^\s*(?:-|--|\u2013|\u2014)\s[^.;:,"\u201c\u201d-]*$/.test(text.slice(dashed.span.end, att.phrase.span.start))) {
        r = { name: people[dashed.person].name, person: dashed.person, pronoun: false, phrase: item(text, dashed.span.start, dashed.span.end) };
      }
    }
    // "He described them as 'nonsense', saying: '...'": a participle's subject opens the clause.
    const naming = NAMING_VERBS.has(att.cue.text);
    // A naming verb ("called X "Y"") only trusts a person or a group as its subject.
    if (naming && r.name !== null && r.person === null && !r.pronoun && !GROUP_AFTER_NAME.has(r.name.slice(r.name.lastIndexOf(' ') + 1))) {
      r = { name: null, person: null, pronoun: false, phrase: r.phrase };
    }
    // "Nigeria's police force issued a statement saying ...": the issuer is the clause subject.
    const issuedIng = att.phrase !== null && ISSUED_TEXT.test(att.phrase.text) && att.cue.text.endsWith('ing');
    if ((!att.phrase || issuedIng || (naming && r.name === null)) && (att.cue.text.endsWith('ing') || naming)) {
      const end = Math.min(raw.open, att.cue.span.start);
      const start = afterDateline(doc, sentenceStart(text, end, floor));
      // "Describing the "surreal" moment, ..., Ann Lee said": an opening participle shares the main clause's subject.
      const subj = clauseSubject(text, start, end) ?? (text.slice(start, att.cue.span.start).trim() === '' ? mainClauseSubject(ctx, raw.close + 1, raw.region.span.end) : null);
      if (subj) {
        const rs = resolveSubject(ctx, subj, raw.open);
        if (rs.name !== null || rs.head) r = rs;
        else if (issuedIng) {
          // "the BBC issued a statement saying": whoever issues a statement is a speaker.
          const rp = resolvePhrase(ctx, subj, subj.span, raw.open);
          r = rp.name !== null && !badSpeakerName(rp.name) ? rp : { name: null, person: null, pronoun: false, phrase: subj };
        }
      }
    } else if (!att.phrase && r.phrase) {
      // "Lufthansa, whose CEO Carsten Spohr said ..., described its statement as "..."": the name
      // found in the clause sits in a relative clause; the capitalised subject before it speaks.
      const end = Math.min(raw.open, att.cue.span.start);
      const subj = clauseSubject(text, afterDateline(doc, sentenceStart(text, end, floor)), end);
      if (subj && subj.span.end <= r.phrase.span.start && /^\s*,\s*(?:whose|which|who)\b/.test(text.slice(subj.span.end, subj.span.end + 12))) {
        const rs = resolveSubject(ctx, subj, raw.open);
        if (rs.name !== null) r = rs;
        else if (/^(?:The )?\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,4}$/u.test(subj.text) && !lastRefIn(ctx.refs, subj.span) && !badSpeakerName(subj.text.replace(/^The /, ''))) {
          r = { name: subj.text.replace(/^The /, ''), person: null, pronoun: false, phrase: subj, org: true };
        }
      }
    } else if (!att.phrase && r.name === null && !kept[i].after && /,\s*$/.test(text.slice(Math.max(floor, att.cue.span.start - 3), att.cue.span.start))) {
      // "StatusPeople.com, the oldest such tool, reports that ...": the name before the apposition.
      const end = att.cue.span.start;
      const subj = clauseSubject(text, afterDateline(doc, sentenceStart(text, end, floor)), end);
      if (subj && /^\s*,/.test(text.slice(subj.span.end, subj.span.end + 3))) r = nameBeforeApposition(ctx, subj, raw.open) ?? r;
    }
    // A partial quote whose trailing attribution names no one: the subject before it may.
    if (r.name === null && kept[i].after && att.cue.text.startsWith('according')) {
      const before = attributionBefore(text, beforeFrom(text, kept, i), raw.open);
      if (before) {
        const rb = resolvePhrase(ctx, before.phrase, before.window, raw.open);
        if (rb.name !== null) {
          speakers[i] = { name: rb.name, person: rb.person, attribution: rb.phrase, cue: before.cue, pronoun: rb.pronoun };
          noteSpeaker(ctx, rb.person, content.start);
          continue;
        }
      }
    }
    if (r.name === null && r.phrase && !PEOPLE_GROUP.test(r.phrase.text)) pending[i] = { head: r.head ?? null, pos: r.phrase.span.start, phrase: r.phrase };
    if (r.name !== null && r.person === null && !r.pronoun) noteGroup(ctx, r.name, content.start);
    speakers[i] = { name: r.name, person: r.person, attribution: r.phrase, cue: att.cue, pronoun: r.pronoun };
    noteSpeaker(ctx, r.person, content.start);
    // A speaker whose sentence mentions a statement (or an organisation) issues what "the statement" says next.
    if (r.name !== null && (r.org || ISSUED_WORD.test(text.slice(sentenceStart(text, raw.open, floor), Math.min(raw.open, att.cue.span.start))) || ISSUED_WORD.test(text.slice(att.cue.span.end, att.cue.span.end + 40)))) {
      ctx.lastIssuer = { name: r.name, person: r.person, pos: content.start };
    }
  }
  resolvePending(ctx, kept, speakers, pending, bodyStart);
  // Quotes without attribution: continuations and quote-only paragraphs take the previous speaker;
  // fragments in a sentence take the attribution of a neighbour quote in the same sentence.
  // Written out rather than spread (an object spread here is slow): only the name and person carry over.
  const inherit = (j: number): Speaker => ({ name: speakers[j]!.name, person: speakers[j]!.person, attribution: null, cue: null, pronoun: false });
  // A quote that ends its own sentence ("...creative, sir." James responded. / "...word." To which) is not in the next one's.
  const endsInside = (a: RawQuote) => /[.!?]$/.test(text.slice(a.open + 1, a.close).trimEnd()) && isUpperChar(text.slice(a.close + 1, a.close + 40).trimStart().replace(/^["\u201c\u2018']/, '')[0] ?? '');
  const sameSentence = (a: RawQuote, b: RawQuote) => a.region === b.region && !hasSentenceEnd(text, a.close + 1, b.open) && !endsInside(a);
  for (let i = kept.length - 2; i >= 0; i--) {
    const q = kept[i].raw;
    if (!speakers[i] && speakers[i + 1] && !q.continuation && !kept[i + 1].raw.continuation && sameSentence(q, kept[i + 1].raw)) {
      speakers[i] = inherit(i + 1);
    }
    // A quote left open at the end of its paragraph shares the speaker of its continuation.
    if (!speakers[i] && speakers[i + 1] && !q.closed && kept[i + 1].raw.continuation && kept[i + 1].att) speakers[i] = inherit(i + 1);
  }
  for (let i = 0; i < kept.length; i++) {
    if (speakers[i]) continue;
    const q = kept[i].raw;
    const prev = i > 0 ? kept[i - 1] : null;
    // `4. "Stepmothers aren't scary." Xanthippe Voorhees, the teen stepdaughter, offers ...`: a
    // numbered quote is followed by the sentence that names its speaker.
    const listed = q.continuation ? null : listItemSpeaker(ctx, kept, i);
    if (listed) {
      speakers[i] = listed;
      continue;
    }
    // A quote after another in the same region (a one-line body is one region) follows on from it
    // unless another person becomes the subject of a sentence in between ("CEO Ann Lee was left
    // wondering ..."); names in the previous quote's own sentence ("Ann told Bob") do not count.
    // A previous quote that ends its sentence inside its marks ("... to dust." Ann said ...) leaves the next sentence to check.
    const follows = () => prev!.raw.region === q.region && !newSubjectSince(ctx, endsInside(prev!.raw) ? prev!.raw.close + 1 : sentenceEnd(text, prev!.raw.close + 1, q.open), q.open, speakers[i - 1]!.person);
    const agent = q.continuation ? null : agentBeforeColon(ctx, q);
    if (agent) speakers[i] = agent;
    else if (prev && speakers[i - 1] && (q.continuation || onlyQuotes(text, q, q.region.span.start) || follows()) && (speakers[i - 1]!.name !== null || !colonIntroduced(text, q))) speakers[i] = inherit(i - 1);
    else if (directOpening(text, q) && isUpperChar(text[kept[i].content.start])) {
      // A whole-sentence quote with no cue: the speaker of its paragraph, else of the last quote.
      speakers[i] = colonSpeaker(ctx, doc, q) ?? paragraphSpeaker(ctx, kept, i) ?? (prev && speakers[i - 1] && quietSince(ctx, prev.raw.close, q.open, speakers[i - 1]!.person) ? inherit(i - 1) : null) ?? intervieweeSpeaker(ctx, kept, speakers, i);
    }
    speakers[i] ??= { name: null, person: null, attribution: null, cue: null, pronoun: false };
  }
  // `"..." That is a direct quote from Ann Lee.`: a sentence right after a quote with no cue of
  // its own names whose words they were (for it and the quotes it continues).
  for (let i = 0; i < kept.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.cue !== null || kept[i + 1]?.raw.continuation) continue;
    const named = namedAfterwards(ctx, kept[i].raw);
    if (named === null) continue;
    for (let j = i; j >= 0 && speakers[j]!.cue === null && (j === i || kept[j + 1].raw.continuation); j--) {
      speakers[j] = { ...(speakers[j] as Speaker), name: people[named].name, person: named };
    }
  }
  // A speaker name that cannot speak ("The", "#JeSuisTunisien", a place, a bare title): the person
  // of that surname or first name when there is exactly one, else no speaker.
  for (let i = 0; i < kept.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.name === null || sp.person !== null || !badSpeakerName(sp.name)) continue;
    const single = sp.name.indexOf(' ') < 0;
    const person = single ? personNamed(people, sp.name) ?? personTitled(people, sp.name) : null;
    // "Holland" for "Julie Holland": a fuller speaker name of the article that ends with the word.
    const fuller = single && person === null ? speakers.find((o) => o?.name && o.name.endsWith(' ' + sp.name) && o.name.indexOf(' ') > 0) : undefined;
    speakers[i] = person !== null ? { ...sp, name: people[person].name, person } : fuller ? { ...sp, name: fuller.name, person: fuller.person } : { ...sp, name: null, person: null };
  }
  // "Reyes" where the article names one "Tom Reyes" but not this mention of him: that person.
  for (let i = 0; i < kept.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.name === null || sp.person !== null || sp.pronoun || !/^\p{Lu}\p{Ll}+$/u.test(sp.name)) continue;
    const person = personNamed(people, sp.name);
    if (person !== null && people[person].name.indexOf(' ') > 0) speakers[i] = { ...sp, name: people[person].name, person };
  }
  // "Xanthippe" after "Xanthippe Voorhees" spoke: the one fuller speaker name opening with that word.
  for (let i = 0; i < kept.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.name === null || sp.person !== null || sp.name.indexOf(' ') >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(sp.name)) continue;
    const fuller = new Set(speakers.filter((o) => o?.name && o.name.startsWith(sp.name + ' ') && o.name.indexOf(' and ') < 0).map((o) => o!.name));
    if (fuller.size === 1) speakers[i] = { ...sp, name: [...fuller][0] };
  }
  // "A Bayer spokesman said" where the article names "Bayer Leverkusen": the fuller organisation name.
  const fuller = new Map<string, string | null>();
  for (let i = 0; i < kept.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.name === null || sp.person !== null || sp.pronoun || sp.cue === null || sp.name.indexOf(' ') >= 0) continue;
    if (!fuller.has(sp.name)) fuller.set(sp.name, fullerOrganisation(text, sp.name));
    const f = fuller.get(sp.name);
    if (f) speakers[i] = { ...sp, name: f };
  }
  // "the Supreme Court said" where the article writes "the Supreme Court of Missouri": that fuller name.
  const ofNames = new Map<string, string | null>();
  for (let i = 0; i < kept.length; i++) {
    const sp = speakers[i] as Speaker;
    if (sp.name === null || sp.person !== null || sp.pronoun || sp.name.indexOf(' ') < 0) continue;
    if (!ofNames.has(sp.name)) ofNames.set(sp.name, fullerOfName(text, sp.name));
    const f = ofNames.get(sp.name);
    if (f) speakers[i] = { ...sp, name: f };
  }
  const quotes: Quote[] = kept.map(({ raw, content }, i) => {
    const sp = speakers[i] as Speaker;
    return {
      text: text.slice(content.start, content.end),
      span: content,
      kind: kindOf(text, raw, content),
      speakerName: sp.name,
      speakerKey: sp.person !== null ? people[sp.person].key : null,
      attribution: sp.attribution,
      cue: sp.cue,
      continuation: raw.continuation,
      paragraph: paragraphAt(raw.region, content.start),
    };
  });
  addPronounMentions(people, speakers as Speaker[]);
  return { quotes, people };
}

/** Of the people whose name opens with `given` ("Jacqueline"), the one mentioned nearest to the line naming it at `at`. */
function nearestGivenName(ctx: Context, given: string, at: Span): number | null {
  if (given.indexOf(' ') >= 0) return null;
  let best: number | null = null;
  let distance = Infinity;
  for (const r of ctx.refs) {
    if (!ctx.people[r.person].name.startsWith(given + ' ') || (r.span.start < at.end && at.start < r.span.end)) continue;
    const d = Math.abs(r.span.start - at.start);
    if (d < distance) {
      best = r.person;
      distance = d;
    }
  }
  return best;
}

/** "Julian" in an article that writes "Julian and Jacqueline Voorhees": given names sharing one surname. */
function sharedSurname(text: string, given: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(given)) return null;
  const key = given + ' and ';
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    if (isLetter(text[at - 1] ?? '')) continue;
    const m = /^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b(?! (?:and|or)\b)/u.exec(text.slice(at + key.length, at + key.length + 60));
    if (m && !/^ \p{Lu}/u.test(text.slice(at + key.length + m[0].length, at + key.length + m[0].length + 2))) return given + ' ' + m[1];
  }
  // The second of the pair: "Julian and Jacqueline Voorhees" for "Jacqueline".
  const second = new RegExp(String.raw`\p{Lu}\p{Ll}+ and ${given} (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b(?! \p{Lu})`, 'u').exec(text);
  return second ? given + ' ' + second[1] : null;
}

/** The speaker of a quote that opens a numbered item ("4. "...""): the subject of the sentence after it. */
function listItemSpeaker(ctx: Context, kept: { raw: RawQuote }[], i: number): Speaker | null {
  const { text, people, refs } = ctx;
  const q = kept[i].raw;
  const floor = q.region.span.start;
  if (!/(?:^|\s)\d{1,2}\.\s*$/.test(text.slice(Math.max(floor, q.open - 6), q.open))) return null;
  if (!/[.!?]$/.test(text.slice(q.open + 1, q.close).trimEnd())) return null;
  const next = kept[i + 1]?.raw;
  const ceil = next && next.region === q.region ? next.open : q.region.span.end;
  const from = q.close + 1;
  const end = sentenceEnd(text, from, ceil);
  const sentence = text.slice(from, end);
  const lead = sentence.length - sentence.trimStart().length;
  // A person mention opening the sentence, or right after a possessive description ("Jacqueline's father, Virgil,").
  const k = firstRefAtOrAfter(refs, from);
  const r = refs[k];
  if (r && !r.possessive && !r.quoted && r.span.end <= end && (r.span.start === from + lead || /^[\p{Lu}][\p{L}]*['\u2019]s [a-z ]+, $/u.test(text.slice(from + lead, r.span.start)))) {
    return { name: people[r.person].name, person: r.person, attribution: null, cue: null, pronoun: false };
  }
  const m = /^(?:\p{Lu}\p{L}*['\u2019]s [a-z ]+, )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:,| (?:is|was|has|[a-z]+s)\b)/u.exec(sentence.trimStart());
  if (!m || badSpeakerName(m[1]) || EXPLETIVES_LIST.has(m[1])) return null;
  const person = personNamed(people, m[1]);
  return { name: person !== null ? people[person].name : m[1], person, attribution: null, cue: null, pronoun: false };
}

const EXPLETIVES_LIST = new Set(['There', 'It', 'This', 'That', 'These', 'Those', 'What', 'Here', 'Such', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'No', 'One', 'Few', 'Several', 'Other', 'Others', 'I', 'We', 'You', 'He', 'She', 'They']);

/** The source of a sentence opening "According to X," before `to`: a person, or a capitalised name. */
function accordingOpening(ctx: Context, from: number, to: number): Speaker | null {
  const { text } = ctx;
  const m = /^\s*(?:["\u201c\u2018']\s*)?(?:According|according) to ([^,.;:"\u201c\u201d]{2,80}),/.exec(text.slice(from, Math.min(to, from + 120)));
  if (!m) return null;
  return accordingSource(ctx, from + m[0].indexOf(m[1]), m[1]);
}

/** `..., according to his jockey Ann Lee, "..."`: the source named right before the opening mark. */
function accordingBefore(ctx: Context, from: number, open: number): Speaker | null {
  const lo = Math.max(from, open - 120);
  const m = /(?:^|[\s,(])according to ([^,.;:"\u201c\u201d]{2,80}),\s*$/.exec(ctx.text.slice(lo, open));
  return m ? accordingSource(ctx, lo + m.index + m[0].indexOf(m[1], 12), m[1]) : null;
}

/** The person or capitalised name an "according to" phrase starting at `start` gives as its source. */
function accordingSource(ctx: Context, start: number, source: string): Speaker | null {
  const { text } = ctx;
  const phrase = item(text, start, start + source.length);
  const ref = lastRefIn(ctx.refs, phrase.span);
  if (ref && !ref.possessive) return { name: ctx.people[ref.person].name, person: ref.person, attribution: phrase, cue: null, pronoun: false };
  // "the sci-fi website Big Shiny Robot": the capitalised name that ends the phrase.
  const tail = /((?:\p{Lu}[\p{L}&.'-]*\s+(?:(?:of|the|and|for)\s+)?)*\p{Lu}[\p{L}&.'-]*)$/u.exec(source);
  if (!tail || badSpeakerName(tail[1]) || GROUP_WORDS.test(tail[1])) return null;
  if (tail[1].indexOf(' ') < 0 && !/^\p{Lu}{2,}$/u.test(tail[1]) && tail.index === 0) return null;
  return { name: tail[1], person: null, attribution: phrase, cue: null, pronoun: false };
}

const ISSUED_WORD = /\b(?:statement|ruling|order|release)\b/;

const RELATIVE_NEXT = /^\s*,?\s*(?:where|who|whose|which|that|whom)\b/;

/** An attribution after the last comma of the quote's sentence: `"no hope" of ..., an official said.` */
function trailingAttribution(text: string, kept: { raw: RawQuote }[], i: number): Attribution | null {
  const q = kept[i].raw;
  if (!q.closed) return null;
  const ceil = kept[i + 1] && kept[i + 1].raw.region === q.region ? kept[i + 1].raw.open : q.region.span.end;
  const end = sentenceEnd(text, q.close + 1, ceil);
  let comma = -1;
  for (let k = q.close + 1; k < end; k++) if (text[k] === ',') comma = k;
  if (comma < 0) return null;
  return attributionAfter(text, comma, end);
}

/**
 * A clause subject as a speaker: a person, a pronoun, a description or a group ("the Karimi
 * family"); an organisation only when it is shaped like one (`organisationSubject`).
 */
function resolveSubject(ctx: Context, subj: Subject, quotePos: number, withCue = true): Resolved {
  const r = resolvePhrase(ctx, subj, subj.span, quotePos);
  if (r.name === null || r.person !== null || r.pronoun) return r;
  const lastWord = r.name.slice(r.name.lastIndexOf(' ') + 1);
  if (GROUP_AFTER_NAME.has(lastWord) || r.org || organisationSubject(subj, withCue)) return r;
  // "Amnesty estimates ..." after "Amnesty International" spoke: the short form of that organisation.
  if (subj.verbNext && r.name.indexOf(' ') < 0) {
    const fuller = ctx.groups.filter((g) => g.startsWith(r.name + ' '));
    if (fuller.length === 1) return { ...r, name: fuller[0], org: true };
  }
  return { name: null, person: null, pronoun: false, phrase: r.phrase };
}

/** The speaker a subject set off by an apposition names: a person, a group, or a website address. */
function nameBeforeApposition(ctx: Context, subj: Subject, quotePos: number): Resolved | null {
  const rs = resolveSubject(ctx, subj, quotePos);
  if (rs.name !== null) return rs;
  return WEB_NAME.test(subj.text) ? { name: subj.text, person: null, pronoun: false, phrase: subj, org: true } : null;
}

/** `pos`, moved past the dateline ("WASHINGTON (CNN) --") when it lies inside it. */
function afterDateline(doc: DocumentView, pos: number): number {
  const d = doc.dateline;
  return d && d.span.start <= pos && pos < d.span.end ? d.span.end : pos;
}

/** Plural groups that stay unnamed ("officials said", "witnesses told CNN"). */
const PEOPLE_GROUP = /\b(?:officials|authorities|police|witnesses|residents|sources|activists|dissidents|critics|experts|analysts|observers|people|others|they|we|some|many|protesters|fans|doctors|investigators|lawyers)$/i;

/**
 * Quotes attributed to an unnamed description ("a federal official", "the attorney for the
 * families", "state media") take the name the article gives close by: the speaker of a following
 * "X also said", else (for a singular description) the next quote's speaker or sentence subject
 * when that person is newly introduced there and has no role that contradicts the description.
 */
function resolvePending(
  ctx: Context,
  kept: { raw: RawQuote; content: Span; att: Attribution | null }[],
  speakers: (Speaker | null)[],
  pending: (Pending | null)[],
  bodyStart: number,
): void {
  const { text, refs, people } = ctx;
  for (let i = 0; i < kept.length; i++) {
    const p = pending[i];
    if (!p) continue;
    const end = kept[i].raw.close;
    let found: Speaker | null = null;
    // "X also said": the source named in the next sentence or two.
    for (let k = i + 1; k < kept.length && kept[k].raw.open - end < 700; k++) {
      const att = kept[k].att;
      const sp = speakers[k];
      if (!att || !sp || sp.name === null || !sp.attribution) continue;
      const between = text.slice(sp.attribution.span.end, att.cue.span.start);
      if (/\balso\b/.test(between) && !sp.pronoun) found = { ...sp, attribution: null, cue: null, pronoun: false };
      break;
    }
    if (!found && p.head) {
      const head = p.head;
      const introducedAfter = (person: number) => {
        for (const m of people[person].mentions) if (m.span.start >= bodyStart && m.span.start < p.pos) return false;
        return fitsDescription(head, headsOf(ctx, person));
      };
      // The next quote with a named speaker, newly introduced after the description.
      for (let k = i + 1; k < kept.length && kept[k].raw.open - end < 1500; k++) {
        const sp = speakers[k];
        if (!sp || sp.person === null) continue;
        if (introducedAfter(sp.person)) found = { ...sp, attribution: null, cue: null, pronoun: false };
        break;
      }
      if (!found) {
        // The first person introduced after it, as the subject of a sentence or a speech verb.
        for (let k = firstRefAtOrAfter(refs, p.pos); k < refs.length && refs[k].span.start < end + 1200; k++) {
          const r = refs[k];
          if (r.quoted || r.span.start < end) continue;
          if (introducedAfter(r.person) && subjectLike(text, r.span)) found = { name: people[r.person].name, person: r.person, attribution: null, cue: null, pronoun: false };
          break;
        }
      }
    }
    if (!found) continue;
    speakers[i] = { ...found, attribution: speakers[i]?.attribution ?? null, cue: speakers[i]?.cue ?? null };
    // The description now stands for that person: record it as a mention.
    if (found.person !== null && p.head) {
      const person = people[found.person];
      const span = p.phrase.span;
      if (!person.mentions.some((m) => m.span.start < span.end && span.start < m.span.end)) {
        person.mentions.push({ text: p.phrase.text, span: { ...span }, kind: 'DESCRIPTION' });
        person.mentions.sort((a, b) => a.span.start - b.span.start);
      }
    }
  }
}

/** An attribution that named nobody yet: its description's head noun ("attorney"; null for "state media"). */
interface Pending {
  head: string | null;
  pos: number;
  phrase: TextItem;
}

/**
 * A quote that opens its own sentence with no cue: the speaker of an earlier sentence of the same
 * paragraph ("Karima says when she sees her children ... "Everything is for the children."").
 */
function paragraphSpeaker(ctx: Context, kept: { raw: RawQuote }[], i: number): Speaker | null {
  const { text } = ctx;
  const q = kept[i].raw;
  const floor = q.region.span.start;
  // After a previous quote, only the sentences after its own (which holds its attribution).
  const prevClose = i > 0 && kept[i - 1].raw.region === q.region ? sentenceEnd(text, kept[i - 1].raw.close + 1, q.open) : floor;
  if (q.open - prevClose < 20) return null;
  const att = attributionBefore(text, prevClose, q.open);
  if (!att) {
    // "Still, Balmer gives Schuller some credit. "It may be ..."": the sentence just before names,
    // as its subject, a person who has already spoken.
    let stop = q.open - 1;
    while (stop > prevClose && isSpace(text[stop])) stop--;
    const start = sentenceStart(text, Math.max(prevClose, stop - 1), floor);
    const subj = clauseSubject(text, Math.max(start, prevClose), stop);
    if (!subj) return null;
    const ref = ctx.refs[firstRefAtOrAfter(ctx.refs, subj.span.start)];
    if (!ref || !/^ [a-z]/.test(text.slice(ref.span.end, ref.span.end + 2)) || ref.possessive || ref.quoted || ref.span.start !== subj.span.start) return null;
    if (!ctx.speakerRefs.some((sr) => sr.person === ref.person && q.open - sr.pos < 2000)) return null;
    return { name: ctx.people[ref.person].name, person: ref.person, attribution: null, cue: null, pronoun: false };
  }
  if (!att.phrase) return null;
  const r = resolvePhrase(ctx, att.phrase, att.window, q.open);
  if (r.person === null) return null;
  return { name: r.name, person: r.person, attribution: null, cue: null, pronoun: false };
}

/** The subject of the main clause after an opening participial phrase: a person right after one of its commas. */
function mainClauseSubject(ctx: Context, from: number, ceil: number): Subject | null {
  const { text } = ctx;
  const end = sentenceEnd(text, from, ceil);
  for (let k = text.indexOf(',', from); k >= 0 && k < end; k = text.indexOf(',', k + 1)) {
    const subj = clauseSubject(text, k + 1, end);
    if (subj?.verbNext && lastRefIn(ctx.refs, subj.span)) return subj;
  }
  return null;
}

/** After a quote: "That is a (direct) quote from Ann Lee", "Those were the words of Ann Lee" in the next two sentences. */
const WORDS_OF = /\b(?:quote|quotation|words|remarks)\s+(?:from|of|by)\s+$/;

/** The person a sentence right after quote `q` names as the source of its words, or null. */
function namedAfterwards(ctx: Context, q: RawQuote): number | null {
  const { text, refs } = ctx;
  const ceil = Math.min(q.region.span.end, q.close + 300);
  for (let k = firstRefAtOrAfter(refs, q.close); k < refs.length && refs[k].span.start < ceil; k++) {
    const r = refs[k];
    if (r.quoted || r.kind === 'PRONOUN') continue;
    return WORDS_OF.test(text.slice(Math.max(q.close, r.span.start - 30), r.span.start)) ? r.person : null;
  }
  return null;
}

/** Whether a colon stands right before the opening mark. */
function colonIntroduced(text: string, q: RawQuote): boolean {
  let k = q.open - 1;
  while (k > q.region.span.start && isSpace(text[k])) k--;
  return text[k] === ':';
}

/** Words of a sentence that introduces written or spoken words after a colon. */
const COMMUNICATION = /\b(?:respon(?:d|ded|ds|se)|repl(?:y|ied|ies)|tweet(?:ed|s)?|post(?:ed|s)?|message|statement|letter|note|wrote|writes|comment(?:ed|s)?|remarks?|words|interview|speech|answer(?:ed|s)?)\b/;

/**
 * A whole-sentence quote after a colon with no cue: "That prompted Ann Lee, a teacher, to respond
 * with a tweet of her own: "..."" is the first person named in the sentence (a communication word
 * must be there); "I have five words for you: "..."" in an opinion piece is its author.
 */
function colonSpeaker(ctx: Context, doc: DocumentView, q: RawQuote): Speaker | null {
  const { text, refs, people } = ctx;
  let k = q.open - 1;
  while (k > q.region.span.start && isSpace(text[k])) k--;
  if (text[k] !== ':') return null;
  const start = afterDateline(doc, sentenceStart(text, k, q.region.span.start));
  if (/^I\b/.test(text.slice(start, k))) {
    const author = opinionAuthor(ctx, doc);
    return author ? { name: author.name, person: author.person, attribution: null, cue: null, pronoun: false } : null;
  }
  const agent = agentBeforeColon(ctx, q, start, k);
  if (agent) return agent;
  if (COMMUNICATION.test(text.slice(start, k))) {
    for (let r = firstRefAtOrAfter(refs, start); r < refs.length && refs[r].span.start < k; r++) {
      const ref = refs[r];
      if (ref.quoted || ref.kind === 'PRONOUN') continue;
      if (ref.possessive) return null;
      return { name: people[ref.person].name, person: ref.person, attribution: null, cue: null, pronoun: false };
    }
  }
  // "Ann Lee made a plea to the crowd: "..."", "She sent it with the subject line: "..."": a
  // person (or a pronoun for one) as the subject of the sentence.
  const subj = clauseSubject(text, start, k);
  const r = subj ? resolveSubject(ctx, subj, q.open, false) : null;
  return r && r.person !== null ? { name: r.name, person: r.person, attribution: null, cue: null, pronoun: false } : null;
}

/**
 * "a thought echoed by Ann Lee: "..."", "He was followed by Ann Lee: "..."": the agent of a passive
 * verb written right before the colon that opens quote `q` (the sentence runs from `start`; the colon is at `k`).
 */
function agentBeforeColon(ctx: Context, q: RawQuote, start = -1, k = -1): Speaker | null {
  const { text, refs, people } = ctx;
  if (k < 0) {
    k = q.open - 1;
    while (k > q.region.span.start && isSpace(text[k])) k--;
    if (text[k] !== ':') return null;
    start = sentenceStart(text, k, q.region.span.start);
  }
  const agent = lastRefIn(refs, { start, end: k });
  if (!agent || agent.span.end !== k || agent.quoted || agent.possessive || agent.kind === 'PRONOUN') return null;
  if (text.slice(Math.max(start, agent.span.start - 3), agent.span.start) !== 'by ') return null;
  return { name: people[agent.person].name, person: agent.person, attribution: null, cue: null, pronoun: false };
}

/** The author of an opinion piece, named by a highlight line ("- Ann Lee: ...", "..., says Ann Lee ."). */
function opinionAuthor(ctx: Context, doc: DocumentView): { name: string; person: number | null } | null {
  for (const h of doc.highlights) {
    const line = h.text;
    const m = /^[-\s]*(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3}):\s/u.exec(line) ?? /,\s+says\s+(\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3})\s*\.?\s*$/u.exec(line);
    if (!m || badSpeakerName(m[1])) continue;
    const person = personNamed(ctx.people, m[1]);
    return { name: person !== null ? ctx.people[person].name : m[1], person };
  }
  return null;
}

/** After a name: "spoke about the journey", ", 45, talked to CNN", "sat down with": an interview is introduced. */
const INTERVIEW_AFTER = /^(?:,[^.,;"\u201c\u201d]{1,80},|,)?\s+(?:(?:has|have|had|also|recently|later|then|exclusively|candidly|now)\s+){0,2}(?:spoke|spoken|speaks|talked|talks|chatted|chats|sat down|sits down|opened up|opens up|reflected|reflects|told|tells|answered|answers|discussed|discusses|gave an interview)\b/;

/**
 * An interview printed as a run of quotes with no cue: "Skipper Ann Lee spoke about the race. ...
 * "We trained for months."" The quotes belong to the person the interview sentence introduces,
 * as long as no other person is named in the reporter's voice (or speaks) in between.
 */
function intervieweeSpeaker(ctx: Context, kept: { raw: RawQuote }[], speakers: (Speaker | null)[], i: number): Speaker | null {
  const { text, refs, people } = ctx;
  const pos = kept[i].raw.open;
  for (let k = firstRefAtOrAfter(refs, pos) - 1; k >= 0 && refs[k].span.start > pos - 2500; k--) {
    const r = refs[k];
    if (r.quoted || r.kind === 'PRONOUN') continue;
    if (r.possessive || !INTERVIEW_AFTER.test(text.slice(r.span.end, r.span.end + 120))) {
      // Another person named in between: the interview (if any) is no longer running.
      return null;
    }
    for (let j = i - 1; j >= 0 && kept[j].raw.open > r.span.start; j--) {
      const sp = speakers[j];
      if (sp && sp.name !== null && sp.person !== r.person) return null;
    }
    return { name: people[r.person].name, person: r.person, attribution: null, cue: null, pronoun: false };
  }
  return null;
}

/** Whether a person other than `speaker` opens a sentence as its subject between two positions. */
function newSubjectSince(ctx: Context, from: number, to: number, speaker: number | null): boolean {
  const { refs } = ctx;
  for (let k = firstRefAtOrAfter(refs, from); k < refs.length && refs[k].span.start < to; k++) {
    const r = refs[k];
    if (!r.quoted && !r.possessive && r.kind !== 'PRONOUN' && r.person !== speaker && subjectLike(ctx.text, r.span)) return true;
  }
  return false;
}

/** Whether no other person than `speaker` is named in the reporter's voice between two positions (close by). */
function quietSince(ctx: Context, from: number, to: number, speaker: number | null): boolean {
  if (to - from > 1200) return false;
  const { refs } = ctx;
  for (let k = firstRefAtOrAfter(refs, from); k < refs.length && refs[k].span.start < to; k++) {
    if (!refs[k].quoted && refs[k].person !== speaker) return false;
  }
  return true;
}

interface Context {
  text: string;
  refs: Ref[];
  people: Person[];
  quoted: Span[];
  /** People already resolved as speakers, with where they spoke (for pronouns). */
  speakerRefs: { person: number; pos: number }[];
  /** The last organisation or group resolved as a speaker (for "they said"). */
  lastGroup: { name: string; pos: number } | null;
  /** The last speaker whose sentence mentions a statement, order or ruling (for "the statement said"). */
  lastIssuer: { name: string; person: number | null; pos: number } | null;
  /** Gender settled by given name or title, per person, filled lazily. */
  genders: ('m' | 'f' | null | undefined)[];
  /** Every organisation or group resolved as a speaker so far. */
  groups: string[];
  /** Role heads per person, filled lazily. */
  heads: (Set<string> | undefined)[];
}

function noteGroup(ctx: Context, name: string, pos: number): void {
  ctx.lastGroup = { name, pos };
  if (!ctx.groups.includes(name)) ctx.groups.push(name);
}

function noteSpeaker(ctx: Context, person: number | null, pos: number): void {
  if (person !== null) ctx.speakerRefs.push({ person, pos });
}

/** Where the text that may attribute quote `i` starts: its sentence, not before the previous quote. */
function beforeFrom(text: string, kept: { raw: RawQuote }[], i: number): number {
  const q = kept[i].raw;
  const floor = q.region.span.start;
  const prev = i > 0 && kept[i - 1].raw.region === q.region ? kept[i - 1].raw.close + 1 : floor;
  return Math.max(sentenceStart(text, q.open, floor), prev);
}

/** The attribution of raw quote `k`: after the closing mark when the sentence goes on, else before. */
function attributionOf(text: string, raws: RawQuote[], k: number, content: Span): { att: Attribution | null; after: boolean } {
  const q = raws[k];
  const floor = q.region.span.start;
  const ceil = q.region.span.end;
  const last = text[content.end - 1];
  // A quote closing its own sentence with a full stop is not followed by its attribution.
  const sentenceGoesOn = last !== '.' && !(last === ')' && text[content.end - 2] === '.');
  if (q.closed && sentenceGoesOn) {
    const from = q.close + 1;
    const nextOpen = raws[k + 1] && raws[k + 1].region === q.region ? raws[k + 1].open : ceil;
    const after = attributionAfter(text, from, Math.min(sentenceEnd(text, from, ceil), nextOpen));
    if (after && (last !== '?' && last !== '!' || !isUpperChar(text[after.cue.span.start]))) {
      // `Bob said, "...," she recalled.`: the one recalling reports words another said right before.
      const relayed = RELAY_VERBS.has(after.cue.text) && text[q.open + 1] !== undefined && !isUpperChar(text[q.open + 1]);
      const before = RECALL_VERBS.has(after.cue.text) || relayed ? attributionBefore(text, beforeStart(text, raws, k), q.open) : null;
      if (before?.phrase && /^[\s,:]*$/.test(text.slice(before.cue.span.end, q.open))) return { att: before, after: false };
      // `Ann responded that she '...', reports the Golf Channel`: a relayed fragment keeps the speaker of its own sentence.
      if (relayed && before && before.cue.span.end > sentenceStart(text, q.open, floor)) return { att: before, after: false };
      return { att: after, after: true };
    }
  }
  return { att: attributionBefore(text, beforeStart(text, raws, k), q.open), after: false };
}

/** Verbs by which a speaker reports an exchange they remember, quoting the other side too. */
const RECALL_VERBS = new Set(['recalled', 'recalls', 'remembered', 'remembers']);
/** Verbs by which a medium passes on words it did not say ("..., reports the Golf Channel"). */
const RELAY_VERBS = new Set(['reports', 'reported']);

/** Where the text before raw quote `k` that may attribute it starts: its sentence, after the previous quote. */
function beforeStart(text: string, raws: RawQuote[], k: number): number {
  const q = raws[k];
  const floor = q.region.span.start;
  const p = raws[k - 1];
  const titled = p ? titleCase(text.slice(p.open + 1, p.close)) : false;
  const prevClose = p && p.region === q.region && !titled ? p.close + 1 : floor;
  return Math.max(sentenceStart(text, q.open, floor), prevClose);
}

/** Whether the paragraph around the quote holds nothing but the quote (a continuation paragraph). */
function onlyQuotes(text: string, q: RawQuote, floor: number): boolean {
  return text.slice(floor, q.open).trim() === '';
}

function paragraphAt(region: Region, pos: number): number {
  const ps = region.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return ps[lo].index;
}

/** Pronoun attributions become mentions of the person they were resolved to. */
function addPronounMentions(people: Person[], speakers: Speaker[]): void {
  const touched = new Set<number>();
  for (const s of speakers) {
    if (!s.pronoun || s.person === null || !s.attribution) continue;
    const p = people[s.person];
    if (p.mentions.some((m) => m.span.start === s.attribution!.span.start)) continue;
    p.mentions.push({ text: s.attribution.text, span: s.attribution.span, kind: 'PRONOUN' });
    touched.add(s.person);
  }
  for (const i of touched) people[i].mentions.sort((a, b) => a.span.start - b.span.start);
}
