// What CSV and JSONL rows share: turning (id, article, highlights) into the project's article
// layout, and the publisher a row's url names.

/**
 * The project layout: each highlight as "- LINE", a blank line, then the article, i.e.
 * `highlights.split('\n').map(h => '- ' + h).join('\n') + '\n\n' + article`. Blank highlight lines
 * (a trailing "\n" in the dataset) are dropped: a bare "- " would read as an empty highlight.
 */
export function buildArticleText(highlights: string[], article: string): string {
  const lines = highlights.flatMap((h) => h.split('\n')).filter((h) => h.trim() !== '');
  if (lines.length === 0) return article;
  return lines.map((h) => '- ' + h).join('\n') + '\n\n' + article;
}

const HOST_SOURCES: Array<[RegExp, string]> = [
  [/(?:^|\.)cnn\.com$/i, 'CNN'],
  [/(?:^|\.)(?:dailymail\.co\.uk|dailymail\.com)$/i, 'Daily Mail'],
];

/** Publisher named by a row's url ("http://www.dailymail.co.uk/..." -> "Daily Mail"); else null. */
export function sourceFromUrl(url: string): string | null {
  let host: string;
  try {
    host = new URL(url.trim()).hostname;
  } catch {
    return null;
  }
  for (const [re, name] of HOST_SOURCES) if (re.test(host)) return name;
  return null;
}

/** Row source: explicit `source` column, else the url's publisher, else the folder hint. */
export function rowSource(source: string | undefined, url: string | undefined, hint: string | null): string | null {
  if (source && source.trim()) return source.trim();
  if (url) return sourceFromUrl(url) ?? hint;
  return hint;
}
