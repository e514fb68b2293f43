// The shared, tokenised view of one article that every extractor reads: the text is scanned for
// structure once (paragraphs, their kinds, sentences) and each extractor works over this view.
import type { Dateline, Paragraph, Sentence, TextItem } from './types.ts';

export interface DocumentView {
  /** The exact source text; every span points into it. */
  text: string;
  highlights: TextItem[];
  /** Every paragraph of the body in order, with its kind (BODY, CAPTION, READ_MORE, ...). */
  paragraphs: Paragraph[];
  /** Sentences of every paragraph (all kinds), in text order. */
  sentences: Sentence[];
  dateline: Dateline | null;
  /** Publisher when the dateline or byline names it. */
  source: string | null;
}
