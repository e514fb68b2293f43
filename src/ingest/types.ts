// The parsed form of one article: plain data, no GraphQL, no store. Every extracted item carries a
// `span` into `ParsedArticle.text` such that `text.slice(span.start, span.end)` is the item's text.

/** Half-open character range [start, end) into the article text (UTF-16 code units, as JS strings). */
export interface Span {
  start: number;
  end: number;
}

/** What a paragraph (one line / block of the source) is. */
export type ParagraphKind =
  | 'HIGHLIGHT' // "- " line at the top (or an @highlight block of a .story file)
  | 'BODY' // ordinary running text
  | 'SUBHEADING' // short title line introducing a section ("On the ground: ...")
  | 'CAPTION' // photo-gallery caption spliced into the body
  | 'RELATED_HEADLINE' // headline of a related story, in a block after the gallery
  | 'READ_MORE' // "Read more: ..." link line
  | 'CONTRIBUTOR' // "CNN's X contributed to this report."
  | 'DISCLAIMER' // "CNN cannot independently verify ..."
  | 'BYLINE'; // Daily Mail "By . Name . PUBLISHED: ... | . UPDATED: ..."

export interface Paragraph {
  /** Index in `ParsedArticle.paragraphs`. */
  index: number;
  kind: ParagraphKind;
  span: Span;
  /** `text.slice(span.start, span.end)`. */
  text: string;
  /**
   * True when the source joined paragraphs into one line and this paragraph was recovered from
   * sentence structure (so its boundaries are inferred, not given).
   */
  inferred: boolean;
}

export interface Sentence {
  span: Span;
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

export type SectionKind = 'LEAD' | 'BODY' | 'GALLERY' | 'RELATED_HEADLINES';

export interface Section {
  kind: SectionKind;
  /** The sub-heading that opens the section, when it has one. */
  heading: string | null;
  headingSpan: Span | null;
  /** From the first to the last paragraph of the section. */
  span: Span;
  /** Indexes into `ParsedArticle.paragraphs`, in order (the heading paragraph excluded). */
  paragraphs: number[];
}

export interface Dateline {
  /** The dateline as written: "(CNN) --", "Marseille, France (CNN)". */
  text: string;
  span: Span;
  /** Place named before the source, when there is one ("Marseille, France"). */
  place: string | null;
}

export interface TextItem {
  text: string;
  span: Span;
}

export interface Contributor {
  /** The contributor's name ("Holly Yan"). */
  name: string;
  /** Span of the name. */
  span: Span;
  /** Key of the matching person in `ParsedArticle.people`. */
  personKey: string | null;
}

export interface Byline {
  /** Author names as written. */
  authors: TextItem[];
  published: string | null;
  updated: string | null;
  span: Span;
}

export type QuoteKind = 'DIRECT' | 'PARTIAL';

export interface Quote {
  /** Verbatim content between the quotation marks (marks excluded). */
  text: string;
  span: Span;
  kind: QuoteKind;
  /** Fullest name of the person or organisation who said it; null when never named. */
  speakerName: string | null;
  /** Key of the speaker in `ParsedArticle.people` when the speaker is a person. */
  speakerKey: string | null;
  /** The words in the text that attribute the quote ("he", "Miqdad", "the spokesman"). */
  attribution: TextItem | null;
  /** The cue verb ("said", "told", "added"), as written. */
  cue: TextItem | null;
  /** True when this quote continues the previous paragraph's quote (no closing mark before it). */
  continuation: boolean;
  /** Index of the paragraph holding the quote. */
  paragraph: number;
}

export type MentionKind = 'FULL_NAME' | 'PARTIAL_NAME' | 'TITLED_NAME' | 'DESCRIPTION' | 'PRONOUN';

export interface Mention {
  text: string;
  span: Span;
  kind: MentionKind;
}

export interface Person {
  /** Article-local key, stable for the same name ("louai-miqdad"). */
  key: string;
  /** Fullest form of the name, without titles. */
  name: string;
  /** Honorifics and ranks that precede the name ("Maj. Gen.", "Prime Minister"). */
  titles: string[];
  /** Jobs, descriptions and affiliations as written ("spokesman for the rebel Free Syrian Army"). */
  roles: string[];
  /** Every place the person is referred to, in text order. */
  mentions: Mention[];
}

export type StatisticQualifier = 'EXACT' | 'ABOUT' | 'AT_LEAST' | 'MORE_THAN' | 'LESS_THAN' | 'AT_MOST';

export interface Statistic {
  /** Shortest span holding qualifier, number and unit ("At least 38 people", "$1.5 billion"). */
  text: string;
  span: Span;
  /** The number as a plain number (1500000000 for "$1.5 billion"; 40 for "40%"). */
  value: number;
  qualifier: StatisticQualifier;
  /** Counted noun in singular plain form ("soldier", "people", "year") or ISO currency code ("USD"). */
  unit: string | null;
  /** What is counted, as phrased ("people killed in Syria"); null when not recoverable. */
  subject: string | null;
  /** When, as the sentence gives it ("on Wednesday"); null when absent. */
  time: string | null;
  /** Where, as the sentence gives it ("in Syria"); null when absent. */
  place: string | null;
  /** The sentence the statistic comes from. */
  sentence: Span;
}

export interface Photo {
  /** Caption without gallery boilerplate ("Click through to view images ..."). */
  caption: string;
  span: Span;
  /** Date as written in the caption ("Tuesday, December 25"). */
  date: TextItem | null;
  /** Place as written ("Aleppo, Syria"). */
  place: TextItem | null;
  /** Who supplied it ("handout from the Shaam News Network" -> "Shaam News Network"). */
  credit: TextItem | null;
  /** Keys of people (in `ParsedArticle.people`) named in the caption. */
  personKeys: string[];
}

export type WarningCode =
  | 'EMPTY'
  | 'BINARY'
  | 'INVALID_UTF8'
  | 'NO_BODY'
  | 'NO_PARAGRAPHS'
  | 'UNBALANCED_QUOTES'
  | 'TOO_LARGE'
  | 'MISSING_FIELD'
  | 'MALFORMED_ROW'
  | 'DUPLICATE_ID'
  | 'UNREADABLE' // file or folder could not be opened / read (missing, permissions, broken link)
  | 'UNSUPPORTED_FORMAT' // a single input file whose extension no reader handles
  | 'EXTRACTOR_FAILED'; // an extractor failed on this article: its items are missing, the rest is kept

export interface ParseWarning {
  code: WarningCode;
  message: string;
  /** 1-based line in the source file, when known. */
  line?: number;
  /** Span in the article text, when the warning is about a place in it. */
  span?: Span;
}

export interface ParsedArticle {
  id: string;
  /** The exact source text every span points into. */
  text: string;
  /** Publisher ("CNN", "Daily Mail"), from the dateline or the byline; null when unknown. */
  source: string | null;
  dateline: Dateline | null;
  highlights: TextItem[];
  /** From the first to the last character of the body (after the highlights). */
  body: Span;
  paragraphs: Paragraph[];
  sections: Section[];
  /** "Read more: X" lines: the title X. */
  relatedLinks: TextItem[];
  relatedHeadlines: TextItem[];
  contributors: Contributor[];
  disclaimers: TextItem[];
  byline: Byline | null;
  /** Words in the body (highlights excluded). */
  wordCount: number;
  people: Person[];
  quotes: Quote[];
  statistics: Statistic[];
  photos: Photo[];
}

export interface ParseOptions {
  id: string;
  /** Source hint when the format knows it (e.g. from a dataset row); otherwise read from the text. */
  source?: string | null;
}

export interface ParseResult {
  article: ParsedArticle | null;
  warnings: ParseWarning[];
}
