// Helpers for finding who a sentence is about when its quote has no "X said" of its own: the
// subject noun phrase that opens a clause, and the head noun of an unnamed description
// ("the attorney for the families" -> "attorney"). Linear scans over a few tokens; no regex
// backtracking.
import * as lexicon from './names-lexicon.ts';
import { isUpperChar, tokenize, type Token } from './names-tokens.ts';
import type { TextItem } from './types.ts';
import { gapHas, splitAtSpaces } from './text.ts';

const AUX_WORDS = lexicon.AUX_WORDS;
const ROLE_NOUNS = lexicon.ROLE_NOUNS;
const SPEECH_VERBS = lexicon.SPEECH_VERBS;

/** Words that open a sentence before its subject ("But the chief said"). */
const LEADERS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'however', 'meanwhile', 'then', 'also', 'later', 'instead']);
/** Prepositions that open an adverbial before the subject ("In the release, the chief ..."). */
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'for', 'with', 'from', 'by', 'last', 'earlier', 'speaking', 'asked', 'when', 'while', 'as']);
/** Words that end a subject noun phrase: relative words, conjunctions, verbs with no -ed form. */
const PHRASE_ENDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'while', 'and', 'or', 'but', 'because', 'if', 'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'wants', 'says', 'told', 'took', 'made', 'left', 'gave', 'sent', 'thinks', 'believes', 'insists', 'calls', 'sees', 'knows', 'found', 'went', 'came', 'got', 'put', 'wrote', 'spoke', 'shows', 'showed', 'describes', 'said', 'called', 'calling', 'saying']);
/** Prepositions that may sit inside a subject ("the head of the agency", "an attorney for the family"). */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'to', 'on']);
/** Words that open a sentence without naming anyone ("There is", "It was"). */
const EXPLETIVES = new Set(['There', 'It', 'This', 'That', 'These', 'Those', 'What', 'Here', 'Such', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'Every', 'No', 'One', 'Few', 'Several', 'Other', 'Others', 'I', 'We', 'You']);
/** Written works that act as subjects ("the report notes"). */
const WORK_NOUNS = new Set(['report', 'study', 'survey', 'statement', 'letter', 'document', 'website', 'paper', 'ruling', 'memo']);
const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that']);

/**
 * The subject noun phrase opening the clause [from, to): "He", "The Mahmood family", "the
 * country's military police chief", "The owner of a North Carolina beach house". Null when the
 * clause does not open with a readable subject.
 */
export function clauseSubject(text: string, from: number, to: number): Subject | null {
  const tokens = tokenize(text, from, to);
  let i = 0;
  while (i < tokens.length && LEADERS.has(tokens[i].text.toLowerCase())) i++;
  if (i < tokens.length && OPENING_PREPOSITIONS.has(tokens[i].text.toLowerCase())) {
    // Skip the adverbial up to its comma ("On Wednesday, Syrian state-run media said").
    let k = i;
    for (; k < tokens.length - 1 && k < i + 16; k++) if (text.slice(tokens[k].outerEnd, tokens[k + 1].start).includes(',')) break;
    if (k >= tokens.length - 1 || k >= i + 16) return null;
    i = k + 1;
  }
  if (i >= tokens.length) return null;
  const first = tokens[i];
  const fw = first.text;
  if (fw === 'He' || fw === 'She' || fw === 'he' || fw === 'she' || fw === 'They' || fw === 'they') {
    return { text: fw, span: { start: first.start, end: first.end }, verbNext: true };
  }
  if (!isUpperChar(fw[0]) && !DETS.has(fw)) return null;
  if (EXPLETIVES.has(fw)) return null;
  let j = i;
  let inner = false;
  let verbNext = false;
  while (j < tokens.length && j < i + 12) {
    const t = tokens[j];
    const lw = t.text.toLowerCase();
    if (j > i && gapHas(text, tokens[j - 1].outerEnd, t.start, ',;:()"\u201c\u201d\u2018\u2014')) break;
    verbNext = true;
    // "Jonathan and Buhari issued a pledge": two names joined by "and" are one subject.
    const joinsNames = lw === 'and' && isUpperChar(tokens[j - 1]?.text[0] ?? '') && isUpperChar(tokens[j + 1]?.text[0] ?? '') && !EXPLETIVES.has(tokens[j + 1]?.text ?? '');
    if (j > i && !joinsNames && (PHRASE_ENDS.has(lw) || AUX_WORDS.has(lw) || SPEECH_VERBS.has(lw))) break;
    // A lower-case word in -ed after the head is the verb ("The Mahmood family condemned").
    if (j > i && lw === t.text && lw.length > 4 && lw.endsWith('ed') && !DETS.has(tokens[j - 1].text.toLowerCase())) break;
    if (j > i && INNER_PREPOSITIONS.has(lw)) inner = true;
    else if (j > i && !inner && lw === t.text && lw.endsWith('s') && !lw.endsWith('ss') && (ROLE_NOUNS.has(tokens[j - 1].text.toLowerCase()) || WORK_NOUNS.has(tokens[j - 1].text.toLowerCase()))) break; // "the chief wants", "the report notes"
    // "Amnesty estimates that": a lower-case -s word between a name and "that" is the verb.
    else if (j > i && lw === t.text && lw.endsWith('s') && !lw.endsWith('ss') && isUpperChar(tokens[j - 1].text[0]) && tokens[j + 1]?.text === 'that') break;
    verbNext = false;
    j++;
  }
  if (j === i || j >= i + 12) return null;
  // Drop a trailing preposition or article left by the cut.
  while (j - 1 > i && (INNER_PREPOSITIONS.has(tokens[j - 1].text.toLowerCase()) || DETS.has(tokens[j - 1].text.toLowerCase()))) j--;
  return { text: text.slice(tokens[i].start, tokens[j - 1].end), span: { start: tokens[i].start, end: tokens[j - 1].end }, verbNext };
}

export interface Subject extends TextItem {
  /** The phrase is followed by a verb-like word (not a comma, a quote or the clause end). */
  verbNext: boolean;
}

/**
 * Whether a subject with no person in it reads as an organisation that can speak: "The White
 * House", "The Harbor Authority" (the + capitalised words), or an acronym ("ISIS", "BBC"), with its
 * verb right after. Sentence adverbs, question words and lone capitalised words do not qualify.
 */
export function organisationSubject(s: Subject, withCue: boolean): boolean {
  if (!s.verbNext) return false;
  const words = splitAtSpaces(s.text);
  // A bare acronym is often only the topic ("ISIS is recruiting "..."") unless a cue backs it.
  if (words.length === 1) return withCue && words[0].length >= 2 && /^\p{Lu}{2,}$/u.test(words[0]) && words[0] !== 'I';
  return (words[0] === 'The' || words[0] === 'the') && words.length >= 3 && words.slice(1).every((w) => isUpperChar(w[0]));
}

/**
 * The head role noun of a singular description: "a White House spokesman" -> "spokesman", "the
 * attorney for the families" -> "attorney", "the country's military police chief" -> "chief".
 * Null for plurals ("officials"), names and phrases without a role noun.
 */
export function descriptionHead(phrase: string): string | null {
  const words = splitAtSpaces(phrase);
  if (words.length < 2) return null;
  const det = words[0].toLowerCase();
  if (!DETS.has(det) && !/['\u2019]s$/.test(words[0])) return null;
  let head: string | null = null;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    const lw = w.toLowerCase();
    if (INNER_PREPOSITIONS.has(lw)) break;
    if (lw === w && ROLE_NOUNS.has(lw)) head = RANK_MODIFIERS.has(words[k - 1].toLowerCase()) ? words[k - 1].toLowerCase() + ' ' + lw : lw;
  }
  return head;
}

/** Modifiers that make a different role of the same noun ("vice president", "deputy director"). */
export const RANK_MODIFIERS = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant']);

/** Nouns after a name that make the phrase a group, not the person: "the Mahmood family". */
export const GROUP_AFTER_NAME = new Set(['family', 'families', 'government', 'administration', 'campaign', 'camp', 'team', 'estate', 'foundation', 'brothers', 'sisters', 'household', 'clan', 'lawyers', 'attorneys', 'supporters', 'office']);

/** Whether the tokens hold a role noun followed by a preposition before position `pos`. */
export function roleBeforeComplement(tokens: Token[], pos: number): boolean {
  for (let k = 1; k < tokens.length && tokens[k].start < pos; k++) {
    const lw = tokens[k].text.toLowerCase();
    if ((lw === 'for' || lw === 'of' || lw === 'to' || lw === 'at') && ROLE_NOUNS.has(tokens[k - 1].text.toLowerCase())) return true;
  }
  return false;
}
