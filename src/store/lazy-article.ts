// An article as the store keeps it after a worker thread parsed it: its text, the few fields every
// index needs, and each of its lists still in the compact JSON the worker sent, parsed on first
// read. At corpus scale most articles are never read whole, and a few strings per article cost
// the heap far less than the ~200 small objects of a parsed article: the garbage collector copies
// and traces every one of those objects as the store fills (at 300,000 articles that was about a
// third of the loading thread's time), while a string is one object it never looks into.
import { restoreTexts } from '../ingest/transfer.ts';
import type {
  Byline,
  Contributor,
  Dateline,
  Paragraph,
  ParsedArticle,
  Person,
  Photo,
  Quote,
  Section,
  Span,
  Statistic,
  TextItem,
} from '../ingest/types.ts';

/** What linking people across articles and counting their mentions and quotes needs of a person. */
export interface PersonDigest {
  name: string;
  mentions: number;
  quotes: number;
}

/** The fields of an article that are kept parsed: small, and read by indexes for every article. */
export interface ArticleHead {
  id: string;
  source: string | null;
  wordCount: number;
  body: Span;
  /** One per person of `people`, in the same order. */
  people: PersonDigest[];
}

/** The article's lists by the part they are packed in; a part is parsed when one of its lists is first read. */
const PARTS = [
  ['dateline', 'highlights', 'paragraphs', 'sections', 'relatedLinks', 'relatedHeadlines', 'contributors', 'disclaimers', 'byline'],
  ['people'],
  ['quotes'],
  ['statistics'],
  ['photos'],
] as const;
const [CORE, PEOPLE, QUOTES, STATISTICS, PHOTOS] = [0, 1, 2, 3, 4];
// Fails to compile when ParsedArticle gains a field that is neither in the head nor in a part.
type Kept = (typeof PARTS)[number][number] | keyof Omit<ArticleHead, 'people'> | 'text';
const everyFieldKept: Record<Exclude<keyof ParsedArticle, Kept>, never> = {};
void everyFieldKept;
export const PART_COUNT = PARTS.length;

/** Digests of the article's people: names, and how often each is mentioned and quoted. */
export function digestPeople(article: Pick<ParsedArticle, 'people' | 'quotes'>): PersonDigest[] {
  return article.people.map((p) => ({
    name: p.name,
    mentions: p.mentions.length,
    quotes: article.quotes.reduce((n, q) => (q.speakerKey === p.key ? n + 1 : n), 0),
  }));
}

/** JSON with every character past Latin-1 escaped, so that V8 keeps it one byte per character. */
function latin1Json(value: unknown): string {
  const json = JSON.stringify(value);
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u00ff]/.test(json) ? json.replace(/[^\u0000-\u00ff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}

/**
 * Splits an article packed by `packArticle` (item texts blanked) into its head and the JSON of
 * each part, as a worker sends it.
 */
export function splitPacked(packed: ParsedArticle, people: PersonDigest[]): { head: ArticleHead; parts: string[] } {
  const head: ArticleHead = { id: packed.id, source: packed.source, wordCount: packed.wordCount, body: packed.body, people };
  const record = packed as unknown as Record<string, unknown>;
  const parts = PARTS.map((keys) => latin1Json(Object.fromEntries(keys.map((k) => [k, record[k]]))));
  return { head, parts };
}

/**
 * A parsed article whose lists stay packed until read. It reads as a `ParsedArticle`; each part,
 * once parsed, is kept, so an article read whole costs what it always did.
 */
export class LazyArticle implements ParsedArticle {
  readonly id: string;
  readonly text: string;
  readonly source: string | null;
  readonly wordCount: number;
  readonly body: Span;
  readonly digest: readonly PersonDigest[];
  /** Each part: its JSON until first read, then the parsed part. */
  private readonly parts: (string | Record<string, unknown>)[];

  constructor(head: ArticleHead, text: string, parts: string[]) {
    if (parts.length !== PART_COUNT) throw new RangeError(`an article has ${PART_COUNT} packed parts, not ${parts.length}`);
    this.id = head.id;
    this.text = text;
    this.source = head.source;
    this.wordCount = head.wordCount;
    this.body = head.body;
    this.digest = head.people;
    this.parts = parts;
  }

  private part(k: number): Record<string, unknown> {
    const slot = this.parts[k];
    if (typeof slot !== 'string') return slot;
    const part = restoreTexts(JSON.parse(slot) as Record<string, unknown>, this.text);
    this.parts[k] = part;
    return part;
  }

  get dateline(): Dateline | null {
    return this.part(CORE).dateline as Dateline | null;
  }
  get highlights(): TextItem[] {
    return this.part(CORE).highlights as TextItem[];
  }
  get paragraphs(): Paragraph[] {
    return this.part(CORE).paragraphs as Paragraph[];
  }
  get sections(): Section[] {
    return this.part(CORE).sections as Section[];
  }
  get relatedLinks(): TextItem[] {
    return this.part(CORE).relatedLinks as TextItem[];
  }
  get relatedHeadlines(): TextItem[] {
    return this.part(CORE).relatedHeadlines as TextItem[];
  }
  get contributors(): Contributor[] {
    return this.part(CORE).contributors as Contributor[];
  }
  get disclaimers(): TextItem[] {
    return this.part(CORE).disclaimers as TextItem[];
  }
  get byline(): Byline | null {
    return this.part(CORE).byline as Byline | null;
  }
  get people(): Person[] {
    return this.part(PEOPLE).people as Person[];
  }
  get quotes(): Quote[] {
    return this.part(QUOTES).quotes as Quote[];
  }
  get statistics(): Statistic[] {
    return this.part(STATISTICS).statistics as Statistic[];
  }
  get photos(): Photo[] {
    return this.part(PHOTOS).photos as Photo[];
  }
}

/** The people digests of any article: kept by a lazy one, computed for a plain one. */
export const peopleDigest = (article: ParsedArticle): readonly PersonDigest[] =>
  article instanceof LazyArticle ? article.digest : digestPeople(article);

/** A plain object with every field of the article (for comparing and printing). */
export function plainArticle(a: ParsedArticle): ParsedArticle {
  return {
    id: a.id,
    text: a.text,
    source: a.source,
    dateline: a.dateline,
    highlights: a.highlights,
    body: a.body,
    paragraphs: a.paragraphs,
    sections: a.sections,
    relatedLinks: a.relatedLinks,
    relatedHeadlines: a.relatedHeadlines,
    contributors: a.contributors,
    disclaimers: a.disclaimers,
    byline: a.byline,
    wordCount: a.wordCount,
    people: a.people,
    quotes: a.quotes,
    statistics: a.statistics,
    photos: a.photos,
  };
}
