// Reads articles from a folder or a file in any dataset format (.txt, .story, .csv, .jsonl).
// Never throws: every problem becomes a LoadIssue naming the file (and line/row), and reading
// carries on with the next row or file. Ids are unique across the whole read (first one wins).
import { readCsvFile } from './csv.ts';
import { issue, reason, type LoadIssue, type LoadItem, type RawArticle } from './issues.ts';
import { readJsonlFile } from './jsonl.ts';
import { readTextFile } from './text.ts';
import { walk, type FileEntry, type Format } from './walk.ts';

export type { LoadIssue, RawArticle } from './issues.ts';
export { isLoadIssue } from './issues.ts';
export { decodeArticleText } from './decode.ts';

/** Default per-article limit (one file for .txt/.story, one row for .csv/.jsonl). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /**
   * Largest article to load, in bytes. For .txt/.story it is the file size; csv/jsonl files hold
   * many articles and stream, so there it applies to each row and the file may be any size.
   */
  maxBytes?: number;
  /** Folder ids are relative to (default: the input folder, or the file's own folder). */
  root?: string;
}

function readerFor(entry: FileEntry, maxBytes: number): AsyncGenerator<LoadItem> {
  switch (entry.format) {
    case 'txt':
    case 'story':
      return readTextFile(entry, maxBytes);
    case 'csv':
      return readCsvFile(entry, maxBytes);
    case 'jsonl':
      return readJsonlFile(entry, maxBytes);
  }
}

/**
 * Ids seen so far and where, for DUPLICATE_ID messages. A 100k-row file means 100k entries, so
 * each place is one number (file index * 2^32 + line) instead of a string per article.
 */
class SeenIds {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly ids = new Map<string, number>();

  /** Where `id` was first seen, or undefined (and remembers this place) when it is new. */
  firstPlace(a: RawArticle, entryFormat: Format): string | undefined {
    const seen = this.ids.get(a.id);
    if (seen !== undefined) {
      const file = this.files[Math.floor(seen / 2 ** 32)];
      const line = seen % 2 ** 32;
      return line > 0 ? `${file}:${line}` : file; // no line for one-article files
    }
    let f = this.fileIndex.get(a.file);
    if (f === undefined) {
      f = this.files.push(a.file) - 1;
      this.fileIndex.set(a.file, f);
    }
    const oneArticleFile = entryFormat === 'txt' || entryFormat === 'story';
    this.ids.set(a.id, f * 2 ** 32 + (a.line !== undefined && !oneArticleFile ? a.line : 0));
    return undefined;
  }
}

export async function* readArticles(path: string, opts: ReadOptions = {}): AsyncGenerator<RawArticle | LoadIssue> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const seen = new SeenIds();
  let files: AsyncGenerator<FileEntry | LoadIssue>;
  try {
    files = walk(path, opts.root);
  } catch (err) {
    yield issue('UNREADABLE', path, `cannot read input: ${reason(err)}`);
    return;
  }
  while (true) {
    let next: IteratorResult<FileEntry | LoadIssue>;
    try {
      next = await files.next();
    } catch (err) {
      // walk() reports its own fs errors; this is the last-resort guard so nothing escapes.
      yield issue('UNREADABLE', path, `listing stopped: ${reason(err)}`);
      return;
    }
    if (next.done) return;
    const entry = next.value;
    if ('code' in entry) {
      yield entry;
      continue;
    }
    try {
      for await (const item of readerFor(entry, maxBytes)) {
        if ('code' in item) {
          yield item;
          continue;
        }
        const first = seen.firstPlace(item, entry.format);
        if (first !== undefined) {
          yield issue('DUPLICATE_ID', item.file, `id "${item.id}" was already loaded from ${first}; this copy is skipped`, {
            line: item.line,
          });
          continue;
        }
        yield item;
      }
    } catch (err) {
      // Readers catch their own errors; a bug in one must still cost only its file.
      yield issue('UNREADABLE', entry.file, `reading failed: ${reason(err)}`);
    }
  }
}
