// CSV datasets (HF cnn_dailymail 3.0.0: header `article,highlights,id`, any order, extra columns
// such as `url` allowed). Streams with csv-parse over a read stream, one row in memory at a time.
// Fields come back as raw Buffers (encoding: null) so each row's UTF-8 is checked strictly and a bad
// row costs that row only, with its line number.
import { createReadStream } from 'node:fs';
import { parse, type CsvError, type Options } from 'csv-parse';
import { decodeChecked, decodeUtf8, hasUtf8Bom } from './decode.ts';
import { sniffDatasetFile } from './head.ts';
import { issue, reason, type LoadIssue, type LoadItem, type RawArticle } from './issues.ts';
import { buildArticleText, rowSource } from './rows.ts';
import type { FileEntry } from './walk.ts';

/** One parsed record with the lines it spans (computed here: csv-parse counts CRLF in quotes twice). */
interface Rec {
  fields: Buffer[];
  first: number;
  /** 0 for the header, then 1-based data row. */
  row: number;
}

function countLf(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}

interface Columns {
  count: number;
  id: number;
  article: number;
  highlights: number;
  url: number;
  source: number;
}

function readHeader(fields: Buffer[], file: string): Columns | LoadIssue {
  const names: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const raw = i === 0 && hasUtf8Bom(fields[0]) ? fields[0].subarray(3) : fields[i];
    const name = decodeUtf8(raw);
    if (name === null) return issue('INVALID_UTF8', file, 'header row is not valid UTF-8', { line: 1 });
    names.push(name.trim().toLowerCase());
  }
  const col = (n: string) => names.indexOf(n);
  const cols: Columns = {
    count: fields.length,
    id: col('id'),
    article: col('article'),
    highlights: col('highlights'),
    url: col('url'),
    source: col('source'),
  };
  const missing = (['article', 'id'] as const).filter((k) => cols[k] < 0);
  if (missing.length > 0) {
    return issue(
      'MISSING_FIELD',
      file,
      `header has no ${missing.map((m) => `"${m}"`).join(' or ')} column (found: ${names.join(', ')}); expected article,highlights,id`,
      { line: 1 },
    );
  }
  return cols;
}

const isBlank = (b: Buffer) => {
  for (const c of b) if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  return true;
};

/** A secondary field (id, highlights, url): must be text, may be empty. */
function textField(buf: Buffer, name: string, file: string, where: { line: number; row: number }): string | LoadIssue {
  if (buf.length === 0) return '';
  const r = decodeChecked(buf, file, { ...where, what: `"${name}" field` });
  if ('code' in r && r.code === 'EMPTY') return buf.toString('latin1'); // only whitespace: fine here
  return 'code' in r ? r : r.text;
}

function rowItem(rec: Rec, cols: Columns, entry: FileEntry, maxBytes: number): LoadItem | null {
  const { file } = entry;
  const { fields, first, row } = rec;
  if (fields.every(isBlank)) return null; // stray whitespace-only line
  if (fields.length !== cols.count) {
    return issue('MALFORMED_ROW', file, `row ${row} has ${fields.length} fields; the header has ${cols.count}`, { line: first, row });
  }
  let size = 0;
  for (const f of fields) size += f.length;
  if (size > maxBytes) {
    return issue('TOO_LARGE', file, `row ${row} is ${size} bytes, over the ${maxBytes}-byte limit; skipped`, { line: first, row });
  }
  // Line where a field starts: the row's first line plus the line breaks in the fields before it.
  const lineOf = (idx: number) => {
    let l = first;
    for (let i = 0; i < idx; i++) l += countLf(fields[i]);
    return { line: l, row };
  };
  const id = textField(fields[cols.id], 'id', file, lineOf(cols.id));
  if (typeof id !== 'string') return id;
  if (id.trim() === '') return issue('MISSING_FIELD', file, `row ${row} has an empty "id"`, { line: first, row });
  const article = decodeChecked(fields[cols.article], file, { ...lineOf(cols.article), what: `"article" field of row ${row} (id ${id.trim()})` });
  if ('code' in article) return article;
  let highlights = '';
  if (cols.highlights >= 0) {
    const h = textField(fields[cols.highlights], 'highlights', file, lineOf(cols.highlights));
    if (typeof h !== 'string') return h;
    highlights = h;
  }
  const opt = (idx: number) => (idx >= 0 ? decodeUtf8(fields[idx]) ?? undefined : undefined);
  const out: RawArticle = {
    id: id.trim(),
    text: buildArticleText([highlights], article.text),
    file,
    line: first,
    source: rowSource(opt(cols.source), opt(cols.url), entry.sourceHint),
  };
  return out;
}

export async function* readCsvFile(entry: FileEntry, maxBytes: number): AsyncGenerator<LoadItem> {
  const { file } = entry;
  const bad = await sniffDatasetFile(file);
  if (bad) {
    yield bad;
    return;
  }

  // Line bookkeeping runs inside the parser (on_record / 'skip' fire in file order), so it stays
  // right however far the parser runs ahead of this generator.
  let lastLine = 0;
  let emptyLines = 0;
  let row = 0;
  const parseErrors: LoadIssue[] = [];
  const options = {
    encoding: null, // Buffers: strict UTF-8 per field, see above
    bom: false, // csv-parse would switch to string fields on a BOM; the header strips it instead
    record_delimiter: ['\r\n', '\n'], // explicit: auto-detection locks onto the first one it meets
    relax_column_count: true, // we report wrong counts per row and keep going
    relax_quotes: true, // a quote inside an unquoted field is text, not an error
    skip_empty_lines: true,
    skip_records_with_error: true, // e.g. an unclosed quote: reported via 'skip', parsing continues
    info: true,
    on_record: (rec: { record: Buffer[]; info: { empty_lines: number } }) => {
      const first = lastLine + 1 + (rec.info.empty_lines - emptyLines);
      emptyLines = rec.info.empty_lines;
      let last = first;
      for (const f of rec.record) last += countLf(f);
      lastLine = last;
      return { fields: rec.record, first, row: row++ } satisfies Rec;
    },
  };
  // The typings do not model `encoding: null` + `info` (Buffer fields wrapped with their info).
  const parser = parse(options as unknown as Options);
  parser.on('skip', (err: CsvError & { lines?: number; empty_lines?: number }) => {
    const first = lastLine + 1 + ((err.empty_lines ?? emptyLines) - emptyLines);
    emptyLines = err.empty_lines ?? emptyLines;
    lastLine = err.lines ?? first;
    const r = row++;
    const what = r === 0 ? 'header row' : `row ${r}`;
    parseErrors.push(issue('MALFORMED_ROW', file, `${what} cannot be parsed: ${err.message}`, { line: first, row: r }));
  });
  const input = createReadStream(file);
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);

  let cols: Columns | null = null;
  let rows = 0;
  try {
    for await (const rec of parser as AsyncIterable<Rec>) {
      while (parseErrors.length > 0 && (parseErrors[0].line ?? 0) < rec.first) yield parseErrors.shift()!;
      if (!cols) {
        const header = readHeader(rec.fields, file);
        if ('code' in header) {
          yield header;
          return;
        }
        cols = header;
        continue;
      }
      rows++;
      let item: LoadItem | null;
      try {
        item = rowItem(rec, cols, entry, maxBytes);
      } catch (err) {
        item = issue('MALFORMED_ROW', file, `row ${rec.row} failed: ${reason(err)}`, { line: rec.first, row: rec.row });
      }
      if (item) yield item;
    }
  } catch (err) {
    const fsError = typeof (err as NodeJS.ErrnoException).code === 'string' && (err as NodeJS.ErrnoException).code!.startsWith('E');
    yield issue(fsError ? 'UNREADABLE' : 'MALFORMED_ROW', file, `reading stopped after row ${row - 1}: ${reason(err)}`, { line: lastLine + 1 });
  } finally {
    input.destroy();
    parser.destroy();
  }
  yield* parseErrors;
  if (row > 0 && !cols) return; // the header itself failed to parse and was reported above
  if (!cols) yield issue('EMPTY', file, 'file has no header row');
  else if (rows === 0 && row <= 1) yield issue('EMPTY', file, 'file has a header but no rows');
}
