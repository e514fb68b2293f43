// Filters for the corpus-wide list queries. Each turns a GraphQL filter input into a predicate
// (or a narrowed list), checking arguments first so a bad one is a BAD_USER_INPUT error.
import type { ParsedArticle } from '../ingest/types.ts';
import type { DatedPhoto } from '../store/indexes.ts';
import type { PersonEntity, QuoteRecord, StatisticRecord } from '../store/records.ts';
import type { Snapshot } from '../store/store.ts';
import { isValidIsoDate, publishedAt } from '../store/dates.ts';
import { badUserInput, requireSearchIndex } from './errors.ts';
import { parseId } from './ids.ts';
import type { ArticleFilter, PhotoFilter, QuoteFilter, StatisticFilter } from './generated/resolvers-types.ts';

const has = (haystack: string | null | undefined, needle: string) => (haystack ?? '').toLowerCase().includes(needle);

function checkDate(value: string | null | undefined, name: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isValidIsoDate(value)) throw badUserInput(`\`${name}\` must be a date as YYYY-MM-DD; got ${JSON.stringify(value)}.`, name);
  return value;
}

function inRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (date === null) return false;
  return (from === null || date >= from) && (to === null || date <= to);
}

/** People entities a `person`/`speaker` argument names: a global id, or (part of) a name. */
export function matchPeople(snapshot: Snapshot, ref: string): Set<PersonEntity> {
  const parsed = parseId(ref);
  if (parsed.type === 'Person') {
    const e = snapshot.people.get(parsed.key);
    return new Set(e ? [e] : []);
  }
  const needle = ref.trim().toLowerCase();
  const out = new Set<PersonEntity>();
  if (!needle) return out;
  for (const e of snapshot.people.values()) if (e.name.toLowerCase().includes(needle)) out.add(e);
  return out;
}

/** The article's person who belongs to one of the entities, per article id. */
function localKeys(entities: Set<PersonEntity>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const a of e.appearances) {
      let keys = out.get(a.article.id);
      if (!keys) out.set(a.article.id, (keys = new Set()));
      keys.add(a.person.key);
    }
  }
  return out;
}

export function filterArticleIds(snapshot: Snapshot, filter: ArticleFilter | null | undefined): readonly string[] {
  if (!filter) return snapshot.ids;
  const from = checkDate(filter.publishedAfter, 'publishedAfter');
  const to = checkDate(filter.publishedBefore, 'publishedBefore');
  let ids: readonly string[] = snapshot.ids;
  if (filter.text?.trim()) {
    requireSearchIndex(snapshot.searchIndex.status());
    const found = new Set(snapshot.searchIndex.search(filter.text).map((m) => m.id));
    ids = ids.filter((id) => found.has(id));
  }
  if (filter.person?.trim()) {
    const byArticle = localKeys(matchPeople(snapshot, filter.person));
    ids = ids.filter((id) => byArticle.has(id));
  }
  const source = filter.source?.trim().toLowerCase();
  return ids.filter((id) => {
    const a: ParsedArticle = snapshot.article(id)!;
    if (source && (a.source ?? '').toLowerCase() !== source) return false;
    return inRange(publishedAt(a), from, to);
  });
}

export function filterQuotes(snapshot: Snapshot, quotes: QuoteRecord[], filter: QuoteFilter | null | undefined): QuoteRecord[] {
  if (!filter) return quotes;
  const text = filter.text?.trim().toLowerCase();
  let speakerKeys: Map<string, Set<string>> | null = null;
  let speakerName: string | null = null;
  if (filter.speaker?.trim()) {
    speakerKeys = localKeys(matchPeople(snapshot, filter.speaker));
    // Organisations are speakers too ("Syrian Arab News Agency"): match them by name.
    speakerName = parseId(filter.speaker).type === 'Person' ? null : filter.speaker.trim().toLowerCase();
  }
  return quotes.filter(({ article, item }) => {
    if (filter.kind && item.kind !== filter.kind) return false;
    if (text && !has(item.text, text)) return false;
    if (speakerKeys) {
      const byPerson = item.speakerKey !== null && speakerKeys.get(article.id)?.has(item.speakerKey) === true;
      if (!byPerson && !(speakerName && has(item.speakerName, speakerName))) return false;
    }
    return true;
  });
}

export function filterStatistics(stats: StatisticRecord[], filter: StatisticFilter | null | undefined): StatisticRecord[] {
  if (!filter) return stats;
  const unit = filter.unit?.trim().toLowerCase();
  const text = filter.text?.trim().toLowerCase();
  const { minValue, maxValue, qualifier } = filter;
  if (minValue != null && maxValue != null && minValue > maxValue) {
    throw badUserInput('`minValue` must not be greater than `maxValue`.', 'minValue');
  }
  return stats.filter(({ article, item }) => {
    if (unit && (item.unit ?? '').toLowerCase() !== unit) return false;
    if (qualifier && item.qualifier !== qualifier) return false;
    if (minValue != null && item.value < minValue) return false;
    if (maxValue != null && item.value > maxValue) return false;
    if (text && !has(article.text.slice(item.sentence.start, item.sentence.end), text)) return false;
    return true;
  });
}

export function filterPhotos(photos: DatedPhoto[], filter: PhotoFilter | null | undefined): DatedPhoto[] {
  if (!filter) return photos;
  const from = checkDate(filter.dateFrom, 'dateFrom');
  const to = checkDate(filter.dateTo, 'dateTo');
  const place = filter.place?.trim().toLowerCase();
  return photos.filter((p) => (!place || has(p.record.item.place?.text, place)) && inRange(p.isoDate, from, to));
}

