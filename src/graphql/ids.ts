// Global object ids. An article's id is its own id ("cnn/0010"), as users know it from the file
// name; every other object's id names its type ("Quote:cnn/0000#3", "Person:louai-miqdad"), so
// `node(id)` knows where to look without a global table.
import type { ParsedArticle } from '../ingest/types.ts';

/** Types whose objects are items of one article, addressed by their position in its list. */
export const ARTICLE_ITEM_TYPES = ['Quote', 'Statistic', 'Photo', 'Section'] as const;
export type ArticleItemType = (typeof ARTICLE_ITEM_TYPES)[number];

export const itemId = (type: ArticleItemType, article: ParsedArticle, index: number): string =>
  `${type}:${article.id}#${index}`;

export const personId = (key: string): string => `Person:${key}`;

export type ParsedId =
  | { type: ArticleItemType; articleId: string; index: number }
  | { type: 'Person'; key: string }
  | { type: 'Article'; articleId: string };

/** Reads a global id; an id without a known type prefix is an article id. */
export function parseId(id: string): ParsedId {
  const colon = id.indexOf(':');
  const type = colon > 0 ? id.slice(0, colon) : '';
  if (type === 'Person') return { type, key: id.slice(colon + 1) };
  if ((ARTICLE_ITEM_TYPES as readonly string[]).includes(type)) {
    const hash = id.lastIndexOf('#');
    const index = Number(id.slice(hash + 1));
    if (hash > colon && Number.isInteger(index) && index >= 0) {
      return { type: type as ArticleItemType, articleId: id.slice(colon + 1, hash), index };
    }
  }
  return { type: 'Article', articleId: id };
}
