// The store's records: what resolvers receive for each schema type (codegen `mappers`). Records
// point at the immutable parsed article they come from, so a resolver can always reach the
// article's text and id without a lookup.
import type { Contributor, ParseWarning, Mention, Paragraph, ParsedArticle, Person, Photo, Quote, Section, Statistic } from '../ingest/types.ts';

export type ArticleRecord = ParsedArticle;
export type ParagraphRecord = Paragraph;

/** An item of an article with its position in the article's list (used for its global id). */
interface ArticleItem<Type extends string, T> {
  type: Type;
  article: ParsedArticle;
  index: number;
  item: T;
}

export type SectionRecord = ArticleItem<'Section', Section>;
export type QuoteRecord = ArticleItem<'Quote', Quote>;
export type StatisticRecord = ArticleItem<'Statistic', Statistic>;
export type PhotoRecord = ArticleItem<'Photo', Photo>;

const LISTS = { Section: 'sections', Quote: 'quotes', Statistic: 'statistics', Photo: 'photos' } as const;
interface ItemRecords {
  Section: SectionRecord;
  Quote: QuoteRecord;
  Statistic: StatisticRecord;
  Photo: PhotoRecord;
}

/** The records of one of an article's item lists, in order. */
export function itemRecords<K extends keyof ItemRecords>(type: K, article: ParsedArticle): ItemRecords[K][] {
  const list: readonly unknown[] = article[LISTS[type]];
  return list.map((item, index) => ({ type, article, index, item }) as ItemRecords[K]);
}

/** The record of one item of an article, or null when the index is out of range. */
export function itemRecord<K extends keyof ItemRecords>(type: K, article: ParsedArticle, index: number): ItemRecords[K] | null {
  const list: readonly unknown[] = article[LISTS[type]];
  return index < list.length ? ({ type, article, index, item: list[index] } as ItemRecords[K]) : null;
}

export interface MentionRecord {
  article: ParsedArticle;
  mention: Mention;
}

export interface ContributorRecord {
  article: ParsedArticle;
  contributor: Contributor;
}

/** One article's view of a person. */
export interface Appearance {
  readonly article: ParsedArticle;
  readonly person: Person;
  /** `person.mentions.length` and the quotes the article gives them, when known without reading the person. */
  readonly mentionCount?: number;
  readonly quoteCount?: number;
}

/** A person linked across articles: every article's view of them, in article order. */
export interface PersonEntity {
  /** Corpus-wide key ("louai-miqdad"), the tail of the global id. */
  key: string;
  /** Fullest name across the corpus. */
  name: string;
  appearances: Appearance[];
}

/**
 * A person as a resolver sees it: the corpus-wide entity, and the article it was reached through
 * (null when reached by id), whose view of the person the fields then show.
 */
export interface PersonRecord {
  type: 'Person';
  entity: PersonEntity;
  scope: Appearance | null;
}

/** An article that matched a search. */
export interface SearchHitRecord {
  article: ParsedArticle;
  score: number;
  terms: string[];
}

export type ParseWarningRecord = ParseWarning;
