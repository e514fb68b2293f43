// Reads the layout of an article: highlights, dateline, paragraphs and what each paragraph is
// (body, sub-heading, gallery caption, related headline, "Read more" link, contributor line,
// disclaimer, byline), then the sections they form. Layout rules, not lists of known articles.
// Every step is a bounded or linear scan, so a 10 MB single line parses in linear time.
import type { DocumentView } from './document.ts';
import type { Byline, Dateline, Paragraph, ParagraphKind, Section, Sentence, Span, TextItem } from './types.ts';
import { countWords, dropArtefact, letterAt, lines, nextMatch, sentences, slice, trimSpan, upTo } from './text.ts';

const READ_MORE = /^(?:Read more|READ MORE|Read More|Read|READ|See also|SEE ALSO|Related|RELATED)(?: from [^:\n]{1,60})?:/;
const CONTRIBUTOR =
  /\bcontributed to this\s+(?:report|story|article)\b|\bcontributed reporting\b|^(?:Reporting|Writing) by\b|^(?:CNN(?:'s|’s)? |Journalists? )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3} (?:reported|wrote)(?: and (?:reported|wrote))?(?: this (?:story|report))? (?:from|in)\b/u;
const DISCLAIMER = /^(?:CNN|We|The Daily Mail|MailOnline) (?:cannot|could not|can't|couldn't|can not|has not been able to|was unable to|is unable to) (?:independently )?(?:verify|confirm)/;
/** DISCLAIMER, run only on lines that open with one of its subjects (it is tested on every sentence). */
const disclaimer = (t: string) =>
  (t.startsWith('CNN ') || t.startsWith('We ') || t.startsWith('The Daily Mail ') || t.startsWith('MailOnline ')) && DISCLAIMER.test(t);
/** READ_MORE, run only on lines that open with an "R" or an "S" as all its openers do. */
const readMore = (t: string) => (t.charCodeAt(0) === 82 || t.charCodeAt(0) === 83) && READ_MORE.test(t);
const GALLERY_BOILERPLATE = /(?:Click|Scroll) through (?:to (?:view|see)|the gallery)|(?:See|View) (?:more )?photos? of /;
/** Single lines that point at other stories rather than open a section ("Opinion: ...", "Watch ..."). */
const LINK_PREFIX = /^(?:Opinion|OPINION|Photos|PHOTOS|Video|VIDEO|Gallery|More from|Watch|WATCH|Listen to|Check out|See|Read)\b/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A calendar date: gallery captions give one; "on Monday" alone is too common in body text to count. */
const CAPTION_DATE = new RegExp(`\\b(?:${WEEKDAY},? )?${MONTH} \\d{1,2}(?:, \\d{4})?\\b`);
const CNN_SOURCES = new Set(['CNN', 'CNN Student News', 'CNNMoney', 'CNN.com']);
/** "Marseille, France", "WASHINGTON", "Omaha, Nebraska": capitalised words, at most two comma parts. */
const DATELINE_PLACE = /^\p{Lu}[\p{L}.'’ -]{0,40}(?:, \p{Lu}[\p{L}.'’ -]{0,30}){0,2}$/u;
const DATELINE_SOURCE = /^(?:the )?[\p{Lu}\d][\p{L}\d.&'’ -]{0,40}$/u;
/** "MADRID, Spain --": an upper-case place and a dash, with no source. */
const PLACE_ONLY_DATELINE = /^([A-Z][A-Z.'’ -]{1,30}(?:, [A-Z][\p{L}.'’ -]{1,30})?) (?:--|—)\s*/u;

/** Whether a line reads like a heading: short, no sentence-final full stop, not a quote. */
function headingLike(line: string): boolean {
  if (line.length > 110 || line.length < 2) return false;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line[i] === ' ') words++;
  if (words > 16) return false;
  if (/[.:;,]["\u201d\u2019']?$/.test(line)) return false;
  if (/^["\u201c\u2018]/.test(line)) return false;
  return /^[\p{Lu}\d"'\u2018\u201c]/u.test(line);
}

/** Caption-like: a descriptive sentence ending in a full stop that names a date, as gallery captions do. */
function captionLike(line: string): boolean {
  return line.length < 700 && line.endsWith('.') && !/^["\u201c\u2018]/.test(line) && CAPTION_DATE.test(line);
}

/** A paragraph-sized piece of the body before it is given a kind. */
interface Line {
  span: Span;
  /** Recovered from sentence structure in a line that joined many paragraphs. */
  inferred: boolean;
  /** Ended in a loader " ." artefact: an original line that had no end punctuation. */
  artefact: boolean;
  /** Its sentences, when already known (inferred pieces are made of them). */
  sentences?: Span[];
}

interface Block extends Line {
  kind: ParagraphKind;
}

/** Splits the top of the text into highlight lines ("- ...") and returns where the body starts. */
function readHighlights(text: string): { highlights: TextItem[]; bodyStart: number } {
  const highlights: TextItem[] = [];
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    if (text.startsWith('- ', pos)) {
      const span = dropArtefact(text, { start: pos + 2, end: eol });
      if (span.end > span.start) highlights.push({ text: slice(text, span), span });
    } else if (!isBlank(text, pos, eol) || highlights.length === 0) break;
    pos = eol + 1;
  }
  return { highlights, bodyStart: highlights.length ? Math.min(pos, text.length) : 0 };
}

function isBlank(text: string, start: number, end: number): boolean {
  const t = trimSpan(text, { start, end });
  return t.end === t.start;
}

/** Raw `.story` layout: the body, then "@highlight" markers each followed by one highlight. */
function readStoryHighlights(text: string, from: number): { highlights: TextItem[]; bodyEnd: number } | null {
  const at = text.startsWith('@highlight', from) ? from : text.indexOf('\n@highlight', from);
  if (at < 0) return null;
  const first = text[at] === '\n' ? at + 1 : at;
  const highlights: TextItem[] = [];
  let pos = first;
  while (pos < text.length) {
    const next = text.indexOf('\n@highlight', pos + 1);
    const blockEnd = next < 0 ? text.length : next;
    const span = dropArtefact(text, { start: pos + '@highlight'.length, end: blockEnd });
    if (span.end > span.start) highlights.push({ text: slice(text, span), span });
    if (next < 0) break;
    pos = next + 1;
  }
  return { highlights, bodyEnd: first };
}

/** "(CNN) --", "Marseille, France (CNN)", "(The Hollywood Reporter)", "MADRID, Spain --". */
function readDateline(text: string, span: Span): { dateline: Dateline; source: string | null } | null {
  const head = text.slice(span.start, Math.min(span.end, span.start + 160));
  const open = head.indexOf('(');
  const close = open >= 0 ? head.indexOf(')', open) : -1;
  if (open >= 0 && open <= 100 && close > open + 1 && close - open <= 45) {
    const place = head.slice(0, open).trim().replace(/,$/, '');
    const src = head.slice(open + 1, close);
    if ((place === '' || DATELINE_PLACE.test(place)) && DATELINE_SOURCE.test(src) && src.split(' ').length <= 5) {
      const dash = /^\s*(?:--|—|-(?= ))?/.exec(head.slice(close + 1));
      const dl = trimSpan(text, { start: span.start, end: span.start + close + 1 + (dash ? dash[0].length : 0) });
      return {
        dateline: { text: slice(text, dl), span: dl, place: place || null },
        source: CNN_SOURCES.has(src) ? 'CNN' : src,
      };
    }
  }
  const m = PLACE_ONLY_DATELINE.exec(head);
  if (!m) return null;
  const dl = trimSpan(text, { start: span.start, end: span.start + m[0].length });
  return { dateline: { text: slice(text, dl), span: dl, place: m[1] }, source: null };
}

const BYLINE_NAME = /^(?:and )?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|and|of|the|de|van|von|for|in))*$/u;

/**
 * Daily Mail byline: "By . Name . PUBLISHED: . date . | . UPDATED: . date . " — the loader's " . "
 * separates what were lines. Reads segment by segment; the body starts at the first segment that
 * is neither a name nor a date field.
 */
function readByline(text: string, span: Span): { byline: Byline; end: number } | null {
  if (!text.startsWith('By ', span.start)) return null;
  const limit = Math.min(span.end, span.start + 600);
  let pos = span.start + 3;
  const segment = () => {
    while (pos < limit && text[pos] === ' ') pos++;
    if (text.startsWith('. ', pos)) pos += 2;
    const sep = text.indexOf(' .', pos);
    const end = sep < 0 || sep > limit ? limit : sep;
    return { start: pos, end, text: text.slice(pos, end) };
  };
  const advance = (seg: { end: number }) => {
    pos = seg.end + 2;
  };
  const authors: TextItem[] = [];
  let published: string | null = null;
  let updated: string | null = null;
  let lastEnd = -1;
  for (let seg = segment(); seg.end > seg.start; seg = segment()) {
    const t = seg.text;
    if (t === '|') {
      advance(seg);
      continue;
    }
    const field = /^(PUBLISHED|UPDATED):\s*$/.exec(t);
    if (field) {
      advance(seg);
      const value = segment();
      if (value.end <= value.start) break;
      if (field[1] === 'PUBLISHED') published = value.text;
      else updated = value.text;
      advance(value);
      lastEnd = value.end;
      continue;
    }
    const last = /^Last updated at (.+)$/.exec(t);
    if (last) {
      updated = last[1];
      advance(seg);
      lastEnd = seg.end;
      continue;
    }
    if (published === null && updated === null && t.length <= 80 && t.split(' ').length <= 8 && BYLINE_NAME.test(t)) {
      addAuthors(seg.start, t, authors);
      advance(seg);
      lastEnd = seg.end;
      continue;
    }
    break;
  }
  if (lastEnd < 0 || (!authors.length && !published && !updated)) return null;
  // Keep the separator dot that closes the byline.
  const end = text.startsWith(' .', lastEnd) ? lastEnd + 2 : lastEnd;
  return {
    byline: { authors, published, updated, span: trimSpan(text, { start: span.start, end }) },
    end,
  };
}

/** "Jill Reilly and Sam Webb" -> two authors, each with its span. */
function addAuthors(start: number, segment: string, out: TextItem[]): void {
  const re = /(?:^|,\s*|\s+and\s+)((?!and\b)\p{Lu}[^,]*?)(?=,|\s+and\s+|$)/gu;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const at = start + m.index + m[0].indexOf(m[1]);
    out.push({ text: m[1], span: { start: at, end: at + m[1].length } });
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Whether a line joined many paragraphs (the one-line dataset layouts): a body that is a single
 * line, a long line among very few, or a line longer than any real paragraph.
 */
function joinedLine(len: number, lineCount: number): boolean {
  return lineCount === 1 || len > 1200 || (lineCount <= 3 && len > 300);
}

/** Opening and closing quotation marks, told apart by what stands around a straight mark. */
function quoteStep(text: string, i: number, open: { double: boolean; single: boolean }): void {
  const c = text[i];
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + 1 < text.length ? text[i + 1] : ' ';
  // `/\p{L}/u.test(after)` by character code (after a straight apostrophe, mostly a letter).
  const letterAfter = i + 1 < text.length && letterAt(text, i + 1);
  const spaceBefore = before === ' ' || before === '\n' || before === '(' || before === '—';
  if (c === '\u201c') open.double = true;
  else if (c === '\u201d') open.double = false;
  else if (c === '"') open.double = spaceBefore ? true : after === ' ' || '.,;:!?)\n'.includes(after) ? false : !open.double;
  else if (c === '\u2018' || c === "'") {
    if (spaceBefore && letterAfter) open.single = true;
  } else if (c === '\u2019' && open.single && !letterAfter) open.single = false;
  else if (c === "'" && open.single && !letterAfter) open.single = false;
}

function quoteOpenAfter(text: string, span: Span, open: { double: boolean; single: boolean }): boolean {
  // Only quotation marks matter: jump between them.
  const hay = upTo(text, span.end);
  for (let i = span.start; i < span.end; i++) {
    i = nextMatch(QUOTE_MARKS, hay, i);
    if (i < 0) break;
    quoteStep(text, i, open);
  }
  return open.double || open.single;
}
const QUOTE_MARKS = /["'\u2018-\u201d]/g;

const opensWithQuote = (text: string, span: Span) => /["\u201c\u2018']/.test(text[span.start] ?? '');

/** Splits a sentence where a "Read more:" link was glued on ("...appearanceREAD MORE: Is this..."). */
function splitAtReadMore(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const part = text.slice(span.start, span.end);
  const re = /Read more(?: from [^:\n]{1,60})?:|READ MORE(?: from [^:\n]{1,60})?:/g;
  let from = span.start;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const at = span.start + m.index;
    if (at > from) {
      const s = trimSpan(text, { start: from, end: at });
      if (s.end > s.start) out.push(s);
      from = at;
    }
  }
  out.push(trimSpan(text, { start: from, end: span.end }));
  return out;
}

/**
 * Recovers paragraphs from a line that joined them: one per sentence, except that a sentence
 * inside an open quotation stays with the one before (the quote spans both), unless it opens a new
 * quotation itself, which is how a quoted paragraph continues into the next.
 */
function inferLines(text: string, span: Span): Line[] {
  const pieces: Span[] = [];
  // One look at the whole line spares a look at each of its sentences.
  const line = text.slice(span.start, span.end);
  const readMore = line.includes('ead more') || line.includes('EAD MORE');
  for (const s of sentences(text, span.start, span.end)) {
    if (readMore && s.end - s.start > 12 && hasReadMore(text, s)) for (const p of splitAtReadMore(text, s)) pieces.push(p);
    else pieces.push(s);
  }
  const out: Line[] = [];
  let group: Span[] = [];
  let open = { double: false, single: false };
  const flush = () => {
    if (!group.length) return;
    const whole = { start: group[0].start, end: group[group.length - 1].end };
    const clean = dropArtefact(text, whole);
    if (clean.end > clean.start) {
      const last = group[group.length - 1];
      const sents = group.slice(0, -1);
      if (clean.end > last.start) sents.push({ start: last.start, end: clean.end });
      out.push({ span: clean, inferred: true, artefact: clean.end < whole.end, sentences: sents });
    }
    group = [];
  };
  for (const p of pieces) {
    const prev = group[group.length - 1];
    const artefactBefore = prev !== undefined && text[prev.end - 1] === '.' && text[prev.end - 2] === ' ';
    const keep = prev !== undefined && (open.double || open.single) && !opensWithQuote(text, p) && !artefactBefore && group.length < 8;
    if (!keep) {
      flush();
      open = { double: false, single: false };
    }
    group.push(p);
    quoteOpenAfter(text, p, open);
  }
  flush();
  return out;
}

function hasReadMore(text: string, s: Span): boolean {
  const t = text.slice(s.start + 1, s.end);
  return t.includes('ead more') || t.includes('EAD MORE');
}

/** Words one of which every contributor line holds; the last two only open it. */
const CONTRIBUTION_CUES: readonly (readonly [string, boolean])[] = [
  ['contributed', false], ['reported', false], ['wrote', false], ['Reporting by', true], ['Writing by', true],
];

interface Cue {
  start: number;
  end: number;
  /** Counts only where a line starts ("Reporting by"). */
  opens: boolean;
}

/**
 * Where the contribution cue words occur, in text order: searched for once per article, so that
 * each paragraph and sentence asks by position instead of searching its own text.
 */
function contributionCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const [word, opens] of CONTRIBUTION_CUES) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) cues.push({ start: at, end: at + word.length, opens });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Contributor line: "CNN's X and Y contributed to this report", "X reported from Moscow". */
function contributorLike(text: string, start: number, end: number, cues: Cue[]): boolean {
  if (end - start >= 400) return false;
  // Cheap word check first: the full pattern is only worth running on the few candidate lines.
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let cued = false;
  for (let k = lo; k < cues.length && cues[k].start < end && !cued; k++) cued = cues[k].end <= end && (!cues[k].opens || cues[k].start === start);
  return cued && CONTRIBUTOR.test(text.slice(start, end));
}

/** Classifies body pieces; the gallery and related-headline runs are found as runs of lines. */
function classify(text: string, ls: Line[], cues: Cue[]): Block[] {
  const ts = ls.map((l) => slice(text, l.span));
  const kinds: ParagraphKind[] = ts.map((t, i) => {
    if (readMore(t)) return 'READ_MORE';
    if (contributorLike(text, ls[i].span.start, ls[i].span.end, cues)) return 'CONTRIBUTOR';
    if (disclaimer(t)) return 'DISCLAIMER';
    return 'BODY';
  });
  // In a joined line only the artefact-terminated pieces were lines of their own.
  const heading = (i: number) => kinds[i] === 'BODY' && (!ls[i].inferred || ls[i].artefact) && headingLike(ts[i]);
  const caption = (i: number) => kinds[i] === 'BODY' && !ls[i].inferred && captionLike(ts[i]);
  markGalleries(ts, kinds, caption, heading);
  // Headlines listed under a "Read more from X:" header.
  for (let i = 0; i < ts.length; i++) {
    if (kinds[i] !== 'READ_MORE' || !/:\s*$/.test(ts[i])) continue;
    for (let j = i + 1; j < ts.length && heading(j); j++) kinds[j] = 'RELATED_HEADLINE';
  }
  markHeadings(ts, kinds, heading);
  // Written out rather than spread: an object spread per piece is slow and the fields are few.
  return ls.map((l, i) => ({ span: l.span, inferred: l.inferred, artefact: l.artefact, sentences: l.sentences, kind: kinds[i] }));
}

/** Gallery: a run of >= 3 caption-like lines, or any caption-like run holding gallery boilerplate. */
function markGalleries(ts: string[], kinds: ParagraphKind[], caption: (i: number) => boolean, heading: (i: number) => boolean): void {
  for (let i = 0; i < ts.length; ) {
    if (!caption(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < ts.length && caption(j)) j++;
    let boiler = false;
    for (let k = i; k < j && !boiler; k++) boiler = GALLERY_BOILERPLATE.test(ts[k]);
    if (j - i >= 3 || boiler) {
      for (let k = i; k < j; k++) kinds[k] = 'CAPTION';
      // Headlines of related stories follow a gallery as a run of heading-like lines.
      let h = j;
      while (h < ts.length && heading(h)) h++;
      if (h - j >= 2) for (let k = j; k < h; k++) kinds[k] = 'RELATED_HEADLINE';
    }
    i = j;
  }
}

/**
 * Heading-like lines: a run of two or more is a block of related headlines; a single one opens a
 * section when body text follows it, and otherwise (or when it reads like a link) points elsewhere.
 */
function markHeadings(ts: string[], kinds: ParagraphKind[], heading: (i: number) => boolean): void {
  for (let i = 0; i < ts.length; ) {
    if (!heading(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < ts.length && heading(j)) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) kinds[k] = 'RELATED_HEADLINE';
    else if (i > 0 && j < ts.length) kinds[i] = kinds[j] === 'BODY' && !LINK_PREFIX.test(ts[i]) ? 'SUBHEADING' : 'RELATED_HEADLINE';
    i = j;
  }
}

export interface Contributor0 {
  name: string;
  span: Span;
}

export interface Structure extends DocumentView {
  body: Span;
  byline: Byline | null;
  sections: Section[];
  /** "Read more: X" links: the title X. */
  relatedLinks: TextItem[];
  relatedHeadlines: TextItem[];
  /** Names from contributor lines ("CNN's Holly Yan contributed to this report"). */
  contributors: Contributor0[];
  /** Sentences saying a claim could not be verified. */
  disclaimers: TextItem[];
  /** Words of the article text (body, sub-headings, contributor and disclaimer lines; no dateline, captions or links). */
  wordCount: number;
}

/** Reads the whole layout of `text` in one pass over its lines. Never throws on odd input. */
export function readStructure(text: string): Structure {
  if (typeof text !== 'string') text = '';
  const top = readHighlights(text);
  let bodyEnd = text.length;
  let highlights = top.highlights;
  const story = readStoryHighlights(text, top.bodyStart);
  if (story) {
    bodyEnd = story.bodyEnd;
    if (highlights.length === 0) highlights = story.highlights;
  }
  const body = trimSpan(text, { start: Math.min(top.bodyStart, bodyEnd), end: bodyEnd });
  let lineSpans = lines(text, body.start, body.end);

  const blocks: Block[] = [];
  let dateline: Dateline | null = null;
  let source: string | null = null;
  let byline: Byline | null = null;
  if (lineSpans.length) {
    const by = readByline(text, lineSpans[0]);
    if (by) {
      byline = by.byline;
      source = 'Daily Mail';
      blocks.push({ span: by.byline.span, kind: 'BYLINE', inferred: false, artefact: false });
      const rest = trimSpan(text, { start: by.end, end: lineSpans[0].end });
      lineSpans = rest.end > rest.start ? [rest, ...lineSpans.slice(1)] : lineSpans.slice(1);
    }
  }
  if (lineSpans.length) {
    const d = readDateline(text, lineSpans[0]);
    if (d) {
      dateline = d.dateline;
      source = d.source ?? source;
    }
  }

  const pieces: Line[] = [];
  for (const span of lineSpans) {
    if (joinedLine(span.end - span.start, lineSpans.length)) for (const l of inferLines(text, span)) pieces.push(l);
    else pieces.push({ span, inferred: false, artefact: false });
  }
  const cues = contributionCues(text);
  for (const b of classify(text, pieces, cues)) blocks.push(b);

  const paragraphs: Paragraph[] = blocks.map((b, index) => ({
    index,
    kind: b.kind,
    span: b.span,
    text: slice(text, b.span),
    inferred: b.inferred,
  }));
  const sentenceList: Sentence[] = [];
  for (const p of paragraphs) {
    const known = blocks[p.index].sentences;
    for (const span of known ?? sentences(text, p.span.start, p.span.end)) sentenceList.push({ span, paragraph: p.index });
  }
  const doc = { text, paragraphs, sentences: sentenceList };
  return {
    text,
    highlights,
    paragraphs,
    sentences: sentenceList,
    dateline,
    source,
    body,
    byline,
    sections: buildSections(paragraphs),
    relatedLinks: readRelatedLinks(text, paragraphs),
    relatedHeadlines: paragraphs.filter((p) => p.kind === 'RELATED_HEADLINE').map((p) => ({ text: p.text, span: p.span })),
    contributors: readContributors(doc, cues),
    disclaimers: readDisclaimers(doc),
    wordCount: bodyWordCount(text, paragraphs, dateline),
  };
}

/** The title of each "Read more: X" line (a bare "Read more from X:" header has none). */
function readRelatedLinks(text: string, paragraphs: Paragraph[]): TextItem[] {
  const out: TextItem[] = [];
  for (const p of paragraphs) {
    if (p.kind !== 'READ_MORE') continue;
    const m = READ_MORE.exec(p.text);
    if (!m) continue;
    const span = dropArtefact(text, { start: p.span.start + m[0].length, end: p.span.end });
    if (span.end > span.start) out.push({ text: slice(text, span), span });
  }
  return out;
}

type SentenceDoc = Pick<DocumentView, 'text' | 'paragraphs' | 'sentences'>;

/** Disclaimer paragraphs, and disclaimer sentences inside body paragraphs. */
export function readDisclaimers(doc: SentenceDoc): TextItem[] {
  const out: TextItem[] = [];
  for (const s of doc.sentences) {
    const kind = doc.paragraphs[s.paragraph]?.kind;
    if (kind !== 'DISCLAIMER' && kind !== 'BODY') continue;
    const t = slice(doc.text, s.span);
    if (disclaimer(t)) out.push({ text: t, span: s.span });
  }
  return out;
}

/** Words that stand before or among contributor names without being names. */
const NOT_NAME = new Set(['CNN', 'CNN.com', 'Journalist', 'Journalists', 'Reporter', 'Producer', 'Correspondent', 'Editor', 'The', 'Reporting', 'Writing', 'By']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'dos', 'du']);

/**
 * Names from contributor sentences, each with its span: capitalised runs separated by commas or
 * "and"; a run after "from" or "in" (and its ", State" tail) is a place, not a person.
 */
export function readContributors(doc: SentenceDoc, cues = contributionCues(doc.text)): Contributor0[] {
  const out: Contributor0[] = [];
  const paragraphs = doc.paragraphs;
  for (const s of doc.sentences) {
    const p = paragraphs[s.paragraph];
    if (!p || (p.kind !== 'CONTRIBUTOR' && p.kind !== 'BODY')) continue;
    if (!contributorLike(doc.text, s.span.start, s.span.end, cues)) continue;
    const t = slice(doc.text, s.span);
    for (const n of namesIn(t)) out.push({ name: n.text, span: { start: s.span.start + n.start, end: s.span.start + n.end } });
  }
  return out;
}

function namesIn(t: string): { text: string; start: number; end: number }[] {
  const re = /[\p{L}][\p{L}\p{M}'’-]*\.?/gu;
  const words: { w: string; start: number; end: number }[] = [];
  for (let m = re.exec(t); m; m = re.exec(t)) words.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  const out: { text: string; start: number; end: number }[] = [];
  // After "from"/"in" comes a place; a run joined to a place by a comma continues it ("Karachi, Pakistan").
  let afterPrep = false;
  let afterPlace = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i].w.replace(/[’']s$/, '');
    if (!/^\p{Lu}/u.test(w) || NOT_NAME.has(w) || w.startsWith('CNN')) {
      afterPrep = w === 'from' || w === 'in';
      afterPlace = false;
      i++;
      continue;
    }
    let j = i + 1;
    let end = words[i].end;
    while (j < words.length && t.slice(words[j - 1].end, words[j].start) === ' ') {
      const x = words[j].w;
      if (/^\p{Lu}/u.test(x) && !NOT_NAME.has(x)) end = words[j].end;
      else if (!NAME_PARTICLES.has(x)) break;
      j++;
    }
    const gapBefore = i > 0 ? t.slice(words[i - 1].end, words[i].start) : '';
    const isPlace: boolean = afterPrep || (afterPlace && /^,\s*$/.test(gapBefore));
    let text = t.slice(words[i].start, end).replace(/[’']s$/, '');
    // A sentence-final stop is not part of the name; an initial's stop is ("Catherine E.").
    if (text.endsWith('.') && !/\b\p{Lu}\.$/u.test(text)) text = text.slice(0, -1);
    if (!isPlace && text.includes(' ')) out.push({ text, start: words[i].start, end: words[i].start + text.length });
    afterPlace = isPlace;
    afterPrep = false;
    i = j;
  }
  return out;
}

/** Words of the article's own text, without the dateline, captions, links or byline. */
function bodyWordCount(text: string, paragraphs: Paragraph[], dateline: Dateline | null): number {
  let n = 0;
  for (const p of paragraphs) {
    if (p.kind !== 'BODY' && p.kind !== 'SUBHEADING' && p.kind !== 'CONTRIBUTOR' && p.kind !== 'DISCLAIMER') continue;
    let start = p.span.start;
    if (dateline && dateline.span.start >= p.span.start && dateline.span.end <= p.span.end) start = dateline.span.end;
    n += countWords(text, start, p.span.end);
  }
  return n;
}

const SECTION_OF: Partial<Record<ParagraphKind, Section['kind']>> = {
  CAPTION: 'GALLERY',
  RELATED_HEADLINE: 'RELATED_HEADLINES',
};

/** Groups paragraphs into sections: the lead, each sub-headed part, gallery and headline blocks. */
export function buildSections(paragraphs: Paragraph[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  // The lead lasts until the first gallery, headline block or sub-heading.
  let leadOver = false;
  for (const p of paragraphs) {
    if (p.kind === 'SUBHEADING') {
      leadOver = true;
      current = { kind: 'BODY', heading: p.text, headingSpan: p.span, span: { ...p.span }, paragraphs: [] };
      sections.push(current);
      continue;
    }
    const special = SECTION_OF[p.kind];
    const kind = special ?? (leadOver ? 'BODY' : 'LEAD');
    if (special) leadOver = true;
    // Body text after a gallery continues the sub-headed section it interrupted only when that is the current one.
    if (!current || current.kind !== kind) {
      current = { kind, heading: null, headingSpan: null, span: { ...p.span }, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(p.index);
    current.span.end = p.span.end;
  }
  return sections;
}
