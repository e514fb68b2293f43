import type { DocumentView } from './document.ts';
import type { Person, Quote } from './types.ts';
export function extractQuotes(doc: DocumentView, people: Person[]): { quotes: Quote[]; people: Person[] } {
  return { quotes: [], people };
}
