// Links each article's people into corpus-wide entities. The same name (case, accents and
// punctuation aside) is the same person; a one-word name ("Miqdad") joins the only multi-word
// entity whose surname it is, when exactly one has it, so nothing contradicts the link.
//
// The index is copy-on-write: `clone()` shares every entity with the original, and a clone copies
// an entity before its first change, so a snapshot being read is never changed under a query.
import type { ParsedArticle, Person } from '../ingest/types.ts';
import { peopleDigest, type PersonDigest } from './lazy-article.ts';
import type { Appearance, PersonEntity } from './records.ts';

export const personKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const isMultiWord = (name: string) => /\s/.test(name.trim());
const surnameKey = (name: string): string => personKey(name.trim().split(/\s+/).at(-1) ?? name);

export class PeopleIndex {
  private byKey: Map<string, PersonEntity>;
  /** Surname key -> keys of multi-word entities with that surname. */
  private bySurname: Map<string, Set<string>>;
  /** Entities (and surname sets) this index may change in place: created since the last clone. */
  private owned = new WeakSet<object>();

  constructor(byKey = new Map<string, PersonEntity>(), bySurname = new Map<string, Set<string>>()) {
    this.byKey = byKey;
    this.bySurname = bySurname;
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): PersonEntity | undefined {
    return this.byKey.get(key);
  }

  values(): IterableIterator<PersonEntity> {
    return this.byKey.values();
  }

  /** A copy sharing every entity; changes to either copy leave the other as it was. */
  clone(): PeopleIndex {
    this.owned = new WeakSet(); // shared from now on: neither copy may change them in place
    return new PeopleIndex(new Map(this.byKey), new Map(this.bySurname));
  }

  /** The entity key a person belongs to (a lone surname resolves when exactly one entity has it). */
  resolveKey(person: Pick<Person, 'name'>): string {
    const key = personKey(person.name);
    if (isMultiWord(person.name)) return key;
    const candidates = this.bySurname.get(key);
    if (candidates && candidates.size === 1) return candidates.values().next().value as string;
    return key;
  }

  private writable(key: string): PersonEntity | undefined {
    const entity = this.byKey.get(key);
    if (!entity || this.owned.has(entity)) return entity;
    const copy: PersonEntity = { ...entity, appearances: [...entity.appearances] };
    this.owned.add(copy);
    this.byKey.set(key, copy);
    return copy;
  }

  private surnameSet(surname: string): Set<string> {
    let set = this.bySurname.get(surname);
    if (!set || !this.owned.has(set)) {
      set = new Set(set);
      this.owned.add(set);
      this.bySurname.set(surname, set);
    }
    return set;
  }

  add(article: ParsedArticle): void {
    this.addAll([article]);
  }

  /**
   * Adds articles' people: every multi-word name first, then lone surnames, so a surname joins the
   * full name whichever article names it first. A full name arriving after its lone surname was
   * filed on its own absorbs that entity when it is the only full name with that surname.
   */
  addAll(articles: Iterable<ParsedArticle>): void {
    const lone: LinkedAppearance[] = [];
    for (const article of articles) {
      // Digests, not the people themselves: an article kept packed stays packed.
      peopleDigest(article).forEach((digest, index) => {
        const appearance = new LinkedAppearance(article, index, digest);
        if (isMultiWord(digest.name)) this.file(appearance);
        else lone.push(appearance);
      });
    }
    for (const appearance of lone) this.file(appearance);
  }

  private file(appearance: LinkedAppearance): void {
    const person = appearance.digest;
    const key = this.resolveKey(person);
    let entity = this.writable(key);
    if (!entity) {
      entity = { key, name: person.name, appearances: [] };
      this.owned.add(entity);
      this.byKey.set(key, entity);
      if (isMultiWord(person.name)) {
        const surname = surnameKey(person.name);
        const set = this.surnameSet(surname);
        set.add(key);
        const orphan = set.size === 1 ? this.byKey.get(surname) : undefined;
        if (orphan && orphan !== entity) {
          entity.appearances.push(...orphan.appearances);
          this.byKey.delete(surname);
        }
      }
    }
    if (person.name.length > entity.name.length) entity.name = person.name;
    entity.appearances.push(appearance);
  }

  remove(article: ParsedArticle): void {
    for (const person of peopleDigest(article)) {
      const key = this.resolveKey(person);
      const entity = this.writable(key);
      if (!entity) continue;
      entity.appearances = entity.appearances.filter((a) => a.article !== article);
      if (entity.appearances.length > 0) continue;
      this.byKey.delete(key);
      if (isMultiWord(entity.name)) this.surnameSet(surnameKey(entity.name)).delete(key);
    }
  }
}

/** An article's person as the index files it: the person itself is read from the article when asked for. */
class LinkedAppearance implements Appearance {
  constructor(
    readonly article: ParsedArticle,
    private readonly index: number,
    readonly digest: PersonDigest,
  ) {}

  get person(): Person {
    return this.article.people[this.index];
  }

  get mentionCount(): number {
    return this.digest.mentions;
  }

  get quoteCount(): number {
    return this.digest.quotes;
  }
}
