// Contributor lines: "CNN's Holly Yan contributed to this report." and "CNN's A, B and C in
// Beirut contributed to this report." give one contributor per name.
import type { DocumentView } from './document.ts';
import type { Contributor, Person } from './types.ts';

// A name: 2-4 capitalised words (particles such as "al-" or "de" allowed inside).
const NAME = /\b[A-Z][\p{L}'’.-]+(?:\s+(?:(?:al|el|de|da|van|von|bin|ibn|la|le|di|du)\s+)?[A-Z][\p{L}'’.-]+){1,3}/gu;
const NOT_NAMES = /^(?:CNN|The|This|Associated Press|Reuters|Journalist|Producer|Reporter)\b/;

/** Names credited by the contributor paragraphs, each with its span, linked to people by name. */
export function readContributors(doc: DocumentView, people: Person[]): Contributor[] {
  const out: Contributor[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'CONTRIBUTOR') continue;
    // Only the part before the verb names contributors ("... contributed to this report").
    const cut = p.text.search(/\s(?:contributed|also contributed)\b/);
    const head = cut >= 0 ? p.text.slice(0, cut) : p.text;
    for (const m of head.matchAll(NAME)) {
      // "CNN's Holly Yan": drop the organisation's possessive in front of the name.
      let name = m[0].replace(/^[\p{L}.]+['’]s\s+/u, '');
      const offset = m[0].length - name.length;
      name = name.replace(/\s+in\s+.*$/, '');
      if (!name.includes(' ') || NOT_NAMES.test(name)) continue;
      const start = p.span.start + (m.index ?? 0) + offset;
      const person = people.find((x) => x.name === name || x.mentions.some((mm) => mm.span.start === start));
      out.push({ name, span: { start, end: start + name.length }, personKey: person?.key ?? null });
    }
  }
  return out;
}
