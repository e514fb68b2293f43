// Loads a folder or file of articles into parsed records: every readable article is parsed, every
// problem becomes an issue naming the file (and line or row), and nothing stops the rest loading.
import { isLoadIssue, readArticles, type LoadIssue } from '../ingest/formats/index.ts';
import { parseArticle } from '../ingest/index.ts';
import type { ParsedArticle } from '../ingest/types.ts';

export interface LoadResult {
  articles: ParsedArticle[];
  issues: LoadIssue[];
}

export async function loadArticles(path: string, onIssue: (issue: LoadIssue) => void = () => {}): Promise<LoadResult> {
  const articles: ParsedArticle[] = [];
  const issues: LoadIssue[] = [];
  const report = (issue: LoadIssue) => {
    issues.push(issue);
    onIssue(issue);
  };
  for await (const item of readArticles(path)) {
    if (isLoadIssue(item)) {
      report(item);
      continue;
    }
    const { article, warnings } = parseArticle(item.text, { id: item.id, source: item.source });
    for (const w of warnings) {
      report({ kind: article ? 'warning' : 'error', file: item.file, line: item.line, code: w.code, message: w.message });
    }
    if (article) articles.push(article);
  }
  return { articles, issues };
}
