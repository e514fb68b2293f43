// Dates as articles write them ("Tuesday, December 25", "December 14, 2012", "PUBLISHED: 12:01
// EST, 3 March 2014") turned into ISO 8601 dates, so they can be filtered by range.
import type { ParsedArticle } from '../ingest/types.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /\b(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?) (\d{1,2})(?:, (\d{4}))?\b/;
const DAY_MONTH_YEAR = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/;

export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

/** Reads "December 25", "Dec. 25, 2012" or "25 December 2012"; null when there is no such date. */
export function readDate(text: string): PartialDate | null {
  let m = MONTH_DAY.exec(text);
  if (m) return { year: m[3] ? Number(m[3]) : null, month: monthNumber(m[1]), day: Number(m[2]) };
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return { year: Number(m[3]), month: monthNumber(m[2]), day: Number(m[1]) };
  return null;
}

export const isoDate = (d: PartialDate & { year: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** The article's publication date (YYYY-MM-DD) from its byline; null when it gives none. */
export function publishedAt(article: ParsedArticle): string | null {
  const d = article.byline?.published ? readDate(article.byline.published) : null;
  return d?.year ? isoDate({ ...d, year: d.year }) : null;
}

/**
 * ISO dates of an article's photos, in photo order. A caption without a year takes the year of
 * the nearest caption of the same gallery that gives one (galleries run newest first, so a later
 * month than that caption's means the year before), else the article's publication year.
 */
export function photoDates(article: ParsedArticle): (string | null)[] {
  const dates = article.photos.map((p) => (p.date ? readDate(p.date.text) : null));
  const published = publishedAt(article);
  const fallbackYear = published ? Number(published.slice(0, 4)) : null;
  return dates.map((d, i) => {
    if (!d) return null;
    if (d.year) return isoDate({ ...d, year: d.year });
    let anchor: PartialDate | null = null;
    for (let k = 1; k < dates.length && !anchor; k++) {
      for (const j of [i - k, i + k]) {
        const other = dates[j];
        if (other?.year) {
          anchor = other;
          break;
        }
      }
    }
    if (!anchor?.year) return fallbackYear ? isoDate({ ...d, year: fallbackYear }) : null;
    const later = d.month > anchor.month + 6; // e.g. a December caption beside a January one
    return isoDate({ ...d, year: anchor.year - (later ? 1 : 0) });
  });
}

/** Whether a YYYY-MM-DD string is a real calendar date. */
export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
