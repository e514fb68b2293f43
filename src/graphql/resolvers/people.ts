// Turns an article's people into Person records scoped to that article.
import type { ParsedArticle, Person } from '../../ingest/types.ts';
import type { PersonRecord } from '../../store/records.ts';
import type { Snapshot } from '../../store/store.ts';

export function scopedPerson(snapshot: Snapshot, article: ParsedArticle, person: Person): PersonRecord {
  const key = snapshot.people.resolveKey(person);
  const entity = snapshot.people.get(key) ?? { key, name: person.name, appearances: [{ article, person }] };
  return { type: 'Person', entity, scope: { article, person } };
}

/** The person of `article` with this article-local key, as a scoped record; null when none. */
export function personByLocalKey(snapshot: Snapshot, article: ParsedArticle, key: string | null): PersonRecord | null {
  if (!key) return null;
  const person = article.people.find((p) => p.key === key);
  return person ? scopedPerson(snapshot, article, person) : null;
}
