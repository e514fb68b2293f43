// Reads the layout of an article: highlights, dateline, paragraphs and what each paragraph is
// (body, sub-heading, gallery caption, related headline, "Read more" link, contributor line,
// disclaimer, byline), then the sections they form. Layout rules, not lists of known articles.
import type { DocumentView } from './document.ts';
import type { Byline, Dateline, Paragraph, ParagraphKind, Section, Sentence, Span, TextItem } from './types.ts';
import { lines, sentences, slice, trimSpan } from './text.ts';

const READ_MORE = /^(?:Read more|READ MORE|Read|READ|See also|Related):\s*\S/;
const CONTRIBUTOR = /\bcontributed to this (?:report|story|article)\b|^(?:Reporting|Writing) by\b/i;
const DISCLAIMER = /^(?:CNN|We|The Daily Mail|MailOnline) (?:cannot|could not|can't|couldn't|has not been able to|was unable to) (?:independently )?(?:verify|confirm)/;
const GALLERY_BOILERPLATE = /\s*(?:Click|Scroll) through (?:to (?:view|see)|the gallery)[^.]*\.(?:\s|$)|\s*(?:See|View) (?:more )?photos? of [^.]*\.(?:\s|$)/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const CAPTION_DATE = new RegExp(`\\b(?:${WEEKDAY},? )?${MONTH} \\d{1,2}(?:, \\d{4})?\\b|\\bon ${WEEKDAY}\\b`);
const DATELINE = /^(?:([A-Z][^()\n]{0,80}?)\s*)?\((CNN|AP|Reuters|AFP|CNN Student News|EW\.com|CNNMoney|Mashable|Time\.com)\)\s*(?:--|—|-)?\s*/;
const BYLINE = /^By\s+\.?\s*(.+?)\s+\.\s+(?:PUBLISHED:\s*\.?\s*(.+?)\s*\.?\s*\|\s*\.?\s*UPDATED:\s*\.?\s*(.+?)\s*\.?\s+(?=\S)|(?=\S))/;
const SOURCE_NAMES: Record<string, string> = { CNN: 'CNN', 'CNN Student News': 'CNN', CNNMoney: 'CNN' };

/** Whether a line reads like a heading: short, no sentence-final full stop, not a quote. */
function headingLike(line: string): boolean {
  if (line.length > 110) return false;
  const words = line.split(/\s+/).length;
  if (words > 14) return false;
  if (/[.:;,]["\u201d\u2019']?$/.test(line)) return false;
  if (/^["\u201c\u2018]/.test(line)) return false;
  return /^[\p{Lu}\d"'\u2018\u201c]/u.test(line);
}

/** Caption-like: a descriptive sentence ending in a full stop that names a date, as gallery captions do. */
function captionLike(line: string): boolean {
  return /[.]$/.test(line) && CAPTION_DATE.test(line) && !/^["\u201c\u2018]/.test(line) && line.length < 700;
}

interface Block {
  span: Span;
  kind: ParagraphKind;
}

/** Splits the top of the text into highlight lines ("- ...") and returns where the body starts. */
function readHighlights(text: string): { highlights: TextItem[]; bodyStart: number } {
  const highlights: TextItem[] = [];
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol);
    if (line.startsWith('- ')) {
      const span = trimSpan(text, { start: pos + 2, end: eol });
      highlights.push({ text: slice(text, span), span });
    } else if (line.trim() !== '' || highlights.length === 0) break;
    pos = eol + 1;
  }
  return { highlights, bodyStart: highlights.length ? Math.min(pos, text.length) : 0 };
}

/** Raw `.story` layout: the body, then "@highlight" markers each followed by one highlight. */
function readStoryHighlights(text: string, from: number): { highlights: TextItem[]; bodyEnd: number } | null {
  const first = text.indexOf('\n@highlight', from - 1);
  const at = text.startsWith('@highlight', from) ? from : first < 0 ? -1 : first + 1;
  if (at < 0) return null;
  const highlights: TextItem[] = [];
  let pos = at;
  while (pos < text.length) {
    const next = text.indexOf('@highlight', pos + 1);
    const blockEnd = next < 0 ? text.length : next;
    const span = trimSpan(text, { start: pos + '@highlight'.length, end: blockEnd });
    if (span.end > span.start) highlights.push({ text: slice(text, span), span });
    pos = blockEnd;
    if (next < 0) break;
  }
  return { highlights, bodyEnd: at };
}

function readDateline(text: string, span: Span): { dateline: Dateline; source: string } | null {
  const head = text.slice(span.start, Math.min(span.end, span.start + 160));
  const m = DATELINE.exec(head);
  if (!m) return null;
  const end = span.start + m[0].length;
  const dl = trimSpan(text, { start: span.start, end });
  const place = m[1] ? m[1].replace(/[,\s]+$/, '') : null;
  return { dateline: { text: slice(text, dl), span: dl, place }, source: SOURCE_NAMES[m[2]] ?? m[2] };
}

function readByline(text: string, span: Span): { byline: Byline; end: number } | null {
  const head = text.slice(span.start, Math.min(span.end, span.start + 400));
  const m = BYLINE.exec(head);
  if (!m) return null;
  const authorsText = m[1];
  const authors: TextItem[] = [];
  let offset = span.start + m[0].indexOf(authorsText);
  for (const part of authorsText.split(/\s+(?:and|\.)\s+|,\s*/)) {
    const i = text.indexOf(part, offset);
    if (part.trim() && i >= 0 && !/^(?:PUBLISHED|UPDATED)/.test(part)) {
      authors.push({ text: part, span: { start: i, end: i + part.length } });
      offset = i + part.length;
    }
  }
  const end = span.start + m[0].length;
  return {
    byline: { authors, published: m[2] ?? null, updated: m[3] ?? null, span: trimSpan(text, { start: span.start, end }) },
    end,
  };
}

/** Classifies body lines; the gallery and related-headline runs are found as runs of lines. */
function classify(text: string, spans: Span[]): Block[] {
  const ls = spans.map((s) => slice(text, s));
  const kinds: ParagraphKind[] = ls.map((l) => {
    if (READ_MORE.test(l)) return 'READ_MORE';
    if (CONTRIBUTOR.test(l) && l.length < 300) return 'CONTRIBUTOR';
    if (DISCLAIMER.test(l)) return 'DISCLAIMER';
    return 'BODY';
  });
  // Gallery: a run of >= 3 caption-like lines, or any caption-like run holding gallery boilerplate.
  for (let i = 0; i < ls.length; ) {
    if (kinds[i] !== 'BODY' || !captionLike(ls[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < ls.length && kinds[j] === 'BODY' && captionLike(ls[j])) j++;
    const boiler = ls.slice(i, j).some((l) => GALLERY_BOILERPLATE.test(l));
    if (j - i >= 3 || boiler) {
      for (let k = i; k < j; k++) kinds[k] = 'CAPTION';
      // Related headlines directly after a gallery, or any run of >= 2 heading-like lines.
      let h = j;
      while (h < ls.length && kinds[h] === 'BODY' && headingLike(ls[h])) h++;
      if (h - j >= 2) for (let k = j; k < h; k++) kinds[k] = 'RELATED_HEADLINE';
    }
    i = j;
  }
  for (let i = 0; i < ls.length; ) {
    if (kinds[i] !== 'BODY' || !headingLike(ls[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < ls.length && kinds[j] === 'BODY' && headingLike(ls[j])) j++;
    if (j - i >= 2) for (let k = i; k < j; k++) kinds[k] = 'RELATED_HEADLINE';
    else if (i > 0 && j < ls.length) kinds[i] = 'SUBHEADING';
    i = j;
  }
  return spans.map((span, i) => ({ span, kind: kinds[i] }));
}

export interface Structure extends DocumentView {
  body: Span;
  byline: Byline | null;
  sections: Section[];
}

/** Reads the whole layout of `text` in one pass over its lines. */
export function readStructure(text: string): Structure {
  const top = readHighlights(text);
  let bodyStart = top.bodyStart;
  let bodyEnd = text.length;
  let highlights = top.highlights;
  const story = readStoryHighlights(text, bodyStart);
  if (story) {
    bodyEnd = story.bodyEnd;
    if (highlights.length === 0) highlights = story.highlights;
  }
  const body = trimSpan(text, { start: bodyStart, end: bodyEnd });
  let lineSpans = lines(text, body.start, body.end);

  let dateline: Dateline | null = null;
  let source: string | null = null;
  let byline: Byline | null = null;
  if (lineSpans.length) {
    const by = readByline(text, lineSpans[0]);
    if (by) {
      byline = by.byline;
      source = 'Daily Mail';
      const rest = trimSpan(text, { start: by.end, end: lineSpans[0].end });
      lineSpans = rest.end > rest.start ? [rest, ...lineSpans.slice(1)] : lineSpans.slice(1);
    }
  }
  if (lineSpans.length) {
    const d = readDateline(text, lineSpans[0]);
    if (d) {
      dateline = d.dateline;
      source = d.source;
    }
  }

  // A body whose paragraphs were joined into one line: recover paragraphs from sentences.
  const blocks: { span: Span; kind: ParagraphKind; inferred: boolean }[] = [];
  for (const b of classify(text, lineSpans)) {
    const long = b.kind === 'BODY' && lineSpans.length <= 3 && b.span.end - b.span.start > 1500;
    if (!long) {
      blocks.push({ ...b, inferred: false });
      continue;
    }
    for (const s of sentences(text, b.span.start, b.span.end)) blocks.push({ span: s, kind: 'BODY', inferred: true });
  }

  const paragraphs: Paragraph[] = blocks.map((b, index) => ({
    index,
    kind: b.kind,
    span: b.span,
    text: slice(text, b.span),
    inferred: b.inferred,
  }));
  const sentenceList: Sentence[] = [];
  for (const p of paragraphs) {
    for (const span of p.inferred ? [p.span] : sentences(text, p.span.start, p.span.end)) {
      sentenceList.push({ span, paragraph: p.index });
    }
  }
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
  };
}

const SECTION_OF: Partial<Record<ParagraphKind, Section['kind']>> = {
  CAPTION: 'GALLERY',
  RELATED_HEADLINE: 'RELATED_HEADLINES',
};

/** Groups paragraphs into sections: the lead, each sub-headed part, gallery and headline blocks. */
export function buildSections(paragraphs: Paragraph[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let seenHeading = false;
  for (const p of paragraphs) {
    if (p.kind === 'SUBHEADING') {
      seenHeading = true;
      current = { kind: 'BODY', heading: p.text, headingSpan: p.span, span: { ...p.span }, paragraphs: [] };
      sections.push(current);
      continue;
    }
    const kind = SECTION_OF[p.kind] ?? (seenHeading || sections.some((s) => s.kind !== 'LEAD') ? 'BODY' : 'LEAD');
    if (!current || current.kind !== kind) {
      current = { kind, heading: null, headingSpan: null, span: { ...p.span }, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(p.index);
    current.span.end = p.span.end;
  }
  return sections;
}
