// The ingest pipeline: text -> ParsedArticle. Pure: no I/O, no GraphQL, no store. It never throws:
// an extractor that fails on odd input loses only its own items and adds a warning.
import { extractPeople } from './people.ts';
import { extractPhotos } from './photos.ts';
import { extractQuotes } from './quotes.ts';
import { extractStatistics } from './statistics.ts';
import { readStructure } from './structure.ts';
import type { Contributor, ParsedArticle, ParseOptions, ParseResult, ParseWarning, Person } from './types.ts';

/** Runs one extractor; a failure becomes a warning and an empty result instead of an exception. */
function attempt<T>(name: string, warnings: ParseWarning[], fallback: T, run: () => T): T {
  try {
    return run();
  } catch (err) {
    warnings.push({ code: 'EXTRACTOR_FAILED', message: `${name} extraction failed: ${(err as Error)?.message ?? err}` });
    return fallback;
  }
}

/** Links each contributor to the person of the article with that name (or a mention at that place). */
function linkContributors(names: { name: string; span: Contributor['span'] }[], people: Person[]): Contributor[] {
  return names.map(({ name, span }) => {
    const person = people.find((p) => p.name === name || p.mentions.some((m) => m.span.start === span.start));
    return { name, span, personKey: person?.key ?? null };
  });
}

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
    relatedLinks: structure.relatedLinks,
    relatedHeadlines: structure.relatedHeadlines,
    contributors: linkContributors(structure.contributors, people),
    disclaimers: structure.disclaimers,
    byline: structure.byline,
    wordCount: structure.wordCount,
    people,
    quotes,
    statistics,
    photos,
  };
  return { article, warnings };
}

export type { ParsedArticle, ParseResult, ParseWarning } from './types.ts';
