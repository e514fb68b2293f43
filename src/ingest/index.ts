// The ingest pipeline: text -> ParsedArticle. Pure: no I/O, no GraphQL, no store. It never throws:
// an extractor that fails on odd input loses only its own items and adds a warning.
import { readContributors } from './contributors.ts';
import { extractPeople } from './people.ts';
import { extractPhotos } from './photos.ts';
import { extractQuotes } from './quotes.ts';
import { extractStatistics } from './statistics.ts';
import { readStructure, type Structure } from './structure.ts';
import { countWords } from './text.ts';
import type { ParsedArticle, ParseOptions, ParseResult, ParseWarning, Person, TextItem } from './types.ts';

/** Runs one extractor; a failure becomes a warning and an empty result instead of an exception. */
function attempt<T>(name: string, warnings: ParseWarning[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    warnings.push({ code: 'EXTRACTOR_FAILED', message: `${name} extraction failed: ${(err as Error)?.message ?? err}` });
    return fallback;
  }
}

const itemsOfKind = (s: Structure, kind: string, strip?: RegExp): TextItem[] =>
  s.paragraphs
    .filter((p) => p.kind === kind)
    .map((p) => {
      const m = strip?.exec(p.text);
      const offset = m ? m[0].length : 0;
      return { text: p.text.slice(offset), span: { start: p.span.start + offset, end: p.span.end } };
    });

/** Counts quotation marks that open and close, to warn about text whose quotes do not pair up. */
function unbalancedQuotes(text: string, from: number): boolean {
  let straight = 0;
  let open = 0;
  let close = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
  }
  return straight % 2 === 1 || open !== close;
}

export function parseArticle(text: string, options: ParseOptions): ParseResult {
  const warnings: ParseWarning[] = [];
  if (text.trim() === '') {
    return { article: null, warnings: [{ code: 'EMPTY', message: 'the article is empty' }] };
  }
  const structure = readStructure(text);
  if (structure.paragraphs.length === 0) {
    warnings.push({ code: 'NO_BODY', message: 'the article has highlights but no body text' });
  }
  if (unbalancedQuotes(text, structure.body.start)) {
    warnings.push({ code: 'UNBALANCED_QUOTES', message: 'quotation marks in the body do not pair up; quotes may be cut short' });
  }
  let people: Person[] = attempt('people', warnings, [], () => extractPeople(structure));
  const quotes = attempt('quotes', warnings, [], () => {
    const found = extractQuotes(structure, people);
    people = found.people;
    return found.quotes;
  });
  const statistics = attempt('statistics', warnings, [], () => extractStatistics(structure));
  const photos = attempt('photos', warnings, [], () => extractPhotos(structure, people));
  const contributors = attempt('contributors', warnings, [], () => readContributors(structure, people));

  const article: ParsedArticle = {
    id: options.id,
    text,
    source: options.source ?? structure.source,
    dateline: structure.dateline,
    highlights: structure.highlights,
    body: structure.body,
    paragraphs: structure.paragraphs,
    sentences: structure.sentences,
    sections: structure.sections,
    relatedLinks: itemsOfKind(structure, 'READ_MORE', /^[^:]*:\s*/),
    relatedHeadlines: itemsOfKind(structure, 'RELATED_HEADLINE'),
    contributors,
    disclaimers: itemsOfKind(structure, 'DISCLAIMER'),
    byline: structure.byline,
    wordCount: countWords(text, structure.body.start, structure.body.end),
    people,
    quotes,
    statistics,
    photos,
  };
  return { article, warnings };
}

export type { ParsedArticle, ParseResult, ParseWarning } from './types.ts';
