// Word tokens with spans, and runs of capitalised tokens that may form a name. One linear pass
// per region; no regular expression runs over the whole text.
import type { Span } from './types.ts';
import { NAME_SUFFIXES, PARTICLES, TITLES } from './names-lexicon.ts';
import { letterAt, wordCharAt } from './text.ts';

export interface Token {
  start: number;
  /** End of the word itself, a possessive "'s" excluded. */
  end: number;
  /** The word as written, a possessive "'s" excluded. */
  text: string;
  /** Followed by a possessive "'s" / "’s" (or a bare "'" after s). */
  poss: boolean;
  /** Position after the possessive, when there is one. */
  outerEnd: number;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

export const isLetter = (c: string | undefined): boolean => {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && LETTER.test(c);
};
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
export const isUpperChar = (c: string | undefined): boolean => {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code > 127 && UPPER.test(c);
};
const isApostrophe = (c: string | undefined) => c === "'" || c === '\u2019';

// The tokenizer tests positions of the text by character code (letterAt, wordCharAt): no
// one-character string per character, and one table load for ASCII.

/**
 * Tokenises [start, end): words with inner hyphens/apostrophes, initials and dotted abbreviations;
 * only the first `limit` tokens when a caller needs no more.
 */
export function tokenize(text: string, start: number, end: number, limit = Infinity): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end && out.length < limit) {
    if (!wordCharAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    while (i < end) {
      if (wordCharAt(text, i)) {
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      // "-", "'" or "’" inside a word; "." inside "U.S.".
      if ((c === 45 || c === 39 || c === 0x2019) && wordCharAt(text, i + 1) && i + 1 < end) i++;
      else if (c === 46 && letterAt(text, i + 1) && text.charCodeAt(i + 2) === 46 && i - s === 1) i++;
      else break;
    }
    let e = i;
    let word = text.slice(s, e);
    // Possessive: "Assad's", "Pama’s", "workers'".
    let poss = false;
    let outerEnd = e;
    if (word.length > 2 && isApostrophe(word[word.length - 2]) && (word.endsWith('s') || word.endsWith('S'))) {
      poss = true;
      e -= 2;
      word = word.slice(0, -2);
    }
    // Keep the dot of an initial ("A."), a dotted acronym ("U.S.") or a title ("Gen.").
    if (!poss && e < end && text.charCodeAt(e) === 46) {
      const dotted = word + '.';
      if ((word.length === 1 && isUpperChar(word)) || word.includes('.') || TITLES.has(dotted) || NAME_SUFFIXES.has(dotted)) {
        e++;
        word = dotted;
        outerEnd = e;
        i = e;
      }
    }
    out.push({ start: s, end: e, text: word, poss, outerEnd });
  }
  return out;
}

/** Whether a token can be part of a name: capitalised ("Miqdad"), "al-Assad", or an initial. */
export function nameShaped(t: Token): boolean {
  const w = t.text;
  const c = w[0];
  if (isUpperChar(c)) {
    if (isDigit(w[1])) return false;
    return true;
  }
  // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle hyphened to a capitalised part.
  // Only the first four characters can hold that hyphen: no search through long words.
  let h = -1;
  for (let k = 0; k <= 3 && k < w.length; k++) {
    if (w.charCodeAt(k) === 45) {
      h = k;
      break;
    }
  }
  return h > 0 && isUpperChar(w[h + 1]) && PARTICLES.has(w.slice(0, h));
}

/** Whether only spaces (no line break, comma or quote) separate two tokens. */
export function spaceBetween(text: string, a: Token, b: Token): boolean {
  if (a.poss) return false;
  if (b.start - a.outerEnd < 1 || b.start - a.outerEnd > 2) return false;
  for (let i = a.outerEnd; i < b.start; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0') return false;
  }
  return true;
}

/** A maximal run of name-shaped tokens (particles allowed inside) joined by spaces. */
export interface Run {
  /** Index of the first and one past the last token of the run in the token array. */
  from: number;
  to: number;
}

/** Finds runs of name-shaped tokens; lower-case particles join two name-shaped tokens. */
export function findRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameShaped(tokens[i])) {
      i++;
      continue;
    }
    const from = i;
    let j = i + 1;
    while (j < tokens.length && spaceBetween(text, tokens[j - 1], tokens[j])) {
      // "Senator Wendy Davis WHERE'S SCOOBY?": a headline in capitals starts a new run.
      if (shouting(tokens[j]) !== shouting(tokens[j - 1])) break;
      if (nameShaped(tokens[j])) j++;
      else if (PARTICLES.has(tokens[j].text) && j + 1 < tokens.length && nameShaped(tokens[j + 1]) && spaceBetween(text, tokens[j], tokens[j + 1])) j += 2;
      else break;
    }
    runs.push({ from, to: j });
    i = j;
  }
  return runs;
}

/** A word of four or more letters written all in capitals ("WHERE'S", "BAGHDAD"), dotted initials excepted. */
function shouting(t: Token): boolean {
  const w = t.text;
  if (w.length < 4 || w.includes('.')) return false;
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (c >= 'a' && c <= 'z') return false;
    if (c >= '0' && c <= '9') return false;
    if (c >= 'A' && c <= 'Z') letters++;
    else if (c.charCodeAt(0) > 127 && c !== c.toUpperCase()) return false;
  }
  return letters >= 4;
}

export const spanOf = (a: Token, b: Token): Span => ({ start: a.start, end: b.end });
