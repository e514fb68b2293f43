// Corpus-wide views of a snapshot that the list queries read: every quote, statistic and photo in
// article order, and per-person counts. Each is built once per snapshot (see Snapshot.memo).
import type { Appearance, MentionRecord, PersonEntity, PhotoRecord, QuoteRecord, StatisticRecord } from './records.ts';
import { itemRecords } from './records.ts';
import type { Snapshot } from './store.ts';
import { photoDates } from './dates.ts';

export const allQuotes = (s: Snapshot): QuoteRecord[] =>
  s.memo('quotes', () => s.ids.flatMap((id) => itemRecords('Quote', s.article(id)!)));

export const allStatistics = (s: Snapshot): StatisticRecord[] =>
  s.memo('statistics', () => s.ids.flatMap((id) => itemRecords('Statistic', s.article(id)!)));

export interface DatedPhoto {
  record: PhotoRecord;
  isoDate: string | null;
}

export const allPhotos = (s: Snapshot): DatedPhoto[] =>
  s.memo('photos', () =>
    s.ids.flatMap((id) => {
      const article = s.article(id)!;
      const dates = photoDates(article);
      return itemRecords('Photo', article).map((record, i) => ({ record, isoDate: dates[i] }));
    }),
  );

const inOrder = new WeakMap<PersonEntity, Appearance[]>();

/**
 * The person's appearances in article id order, sorted once per entity: an entity a snapshot
 * holds never changes (the people index copies it before a write), and a person's fields, quotes
 * and mentions all read this order on every request.
 */
export function appearancesInOrder(entity: PersonEntity): Appearance[] {
  let sorted = inOrder.get(entity);
  if (!sorted) {
    sorted = [...entity.appearances].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
    inOrder.set(entity, sorted);
  }
  return sorted;
}

/** Quotes attributed to the person in any article that names them, in article order. */
export function quotesOf(entity: PersonEntity): QuoteRecord[] {
  return appearancesInOrder(entity).flatMap((a) => itemRecords('Quote', a.article).filter((q) => q.item.speakerKey === a.person.key));
}

/** Every mention of the person, in article order. */
export function mentionsOf(entity: PersonEntity): MentionRecord[] {
  return appearancesInOrder(entity).flatMap((a) => a.person.mentions.map((mention) => ({ article: a.article, mention })));
}

export interface PersonCounts {
  mentions: number;
  quotes: number;
  articles: number;
}

export function countsOf(entity: PersonEntity): PersonCounts {
  let mentions = 0;
  let quotes = 0;
  for (const a of entity.appearances) {
    // From the digests where the index has them: counting must not unpack every article.
    mentions += a.mentionCount ?? a.person.mentions.length;
    if (a.quoteCount !== undefined) quotes += a.quoteCount;
    else for (const q of a.article.quotes) if (q.speakerKey === a.person.key) quotes++;
  }
  return { mentions, quotes, articles: entity.appearances.length };
}

/** Every person entity with its counts, built once per snapshot. */
export const peopleWithCounts = (s: Snapshot): { entity: PersonEntity; counts: PersonCounts }[] =>
  s.memo('people', () => [...s.people.values()].map((entity) => ({ entity, counts: countsOf(entity) })));
