import type { SearchHitResolvers } from '../generated/resolvers-types.ts';
import { snippet } from '../../store/search.ts';

export const SearchHit: SearchHitResolvers = {
  matchedTerms: (h) => h.terms,
  snippet: (h) => {
    const span = snippet(h.article, h.terms);
    return { text: h.article.text.slice(span.start, span.end), span };
  },
};
