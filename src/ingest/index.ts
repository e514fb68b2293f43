// The ingest pipeline: text -> ParsedArticle. Pure: no I/O, no GraphQL, no store. It never throws:
// an extractor that fails on odd input loses only its own items and adds a warning.
import { extractPeople } from './people.ts';
import { extractPhotos } from './photos.ts';
import { extractQuotes } from './quotes.ts';
import { extractStatistics } from './statistics.ts';
import { readStructure } from './structure.ts';
import type { Contributor, Paragraph, ParsedArticle, ParseOptions, ParseResult, ParseWarning, Person } from './types.ts';
import { nextMatch, upTo } from './text.ts';

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

const OPENING = new Set(['"', '\u201c']);
const DOUBLE_MARKS = /["\u201c\u201d]/g;

/**
 * Where a double quotation mark is left open: a paragraph ends inside a quote and the next does
 * not reopen it (the convention for a quote that runs over several paragraphs). Returns the
 * offset of the mark that was never closed, or -1.
 */
export function unclosedQuote(text: string, paragraphs: readonly Paragraph[]): number {
  let openAt = -1;
  for (const p of paragraphs) {
    if (p.kind === 'HIGHLIGHT') continue;
    if (openAt >= 0 && !OPENING.has(text[p.span.start])) return openAt;
    let inside = false;
    // Only double marks matter: jump between them.
    const hay = upTo(text, p.span.end);
    for (let i = p.span.start; i < p.span.end; i++) {
      i = nextMatch(DOUBLE_MARKS, hay, i);
      if (i < 0) break;
      const c = text.charCodeAt(i);
      if (c === 0x201c) {
        inside = true;
        openAt = i;
      } else if (c === 0x201d) inside = false;
      else if (c === 34) {
        inside = !inside;
        if (inside) openAt = i;
      }
    }
    if (!inside) openAt = -1;
  }
  return openAt;
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
  const open = unclosedQuote(text, structure.paragraphs);
  if (open >= 0) {
    warnings.push({
      code: 'UNBALANCED_QUOTES',
      message: `a quotation mark at offset ${open} is never closed; the quote there may be cut short`,
      span: { start: open, end: open + 1 },
    });
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
