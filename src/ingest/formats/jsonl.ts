// JSON Lines datasets: one object per line with `id`, `article` and `highlights` (a string with
// "\n" between highlights, or an array of strings); optional `url` / `source`.
// Lines are split here over raw Buffer chunks rather than with readline: readline decodes with
// replacement characters (hiding invalid UTF-8) and buffers a line of any length, while this keeps
// bytes until a line is complete, decodes each line strictly, and drops an over-long line's bytes
// as they arrive (so maxBytes bounds memory per row).
import { createReadStream } from 'node:fs';
import { sniffDatasetFile } from './head.ts';
import { decodeChecked } from './decode.ts';
import { issue, reason, type LoadItem, type RawArticle } from './issues.ts';
import { buildArticleText, rowSource } from './rows.ts';
import type { FileEntry } from './walk.ts';

interface Line {
  /** 1-based line number. */
  line: number;
  /** The line's bytes without its LF (null when it exceeded maxBytes). */
  bytes: Buffer | null;
  size: number;
}

/** Splits a byte stream into lines; a line longer than `maxBytes` is counted but not kept. */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const finish = (): Line => {
    const out: Line = { line, bytes: size > maxBytes ? null : Buffer.concat(parts, size), size };
    parts = [];
    size = 0;
    line++;
    return out;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      if (size + piece.length <= maxBytes) parts.push(piece);
      size += piece.length;
      yield finish();
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length > 0) {
      if (size + rest.length <= maxBytes) parts.push(rest);
      else parts = []; // over the limit: stop holding bytes, keep counting
      size += rest.length;
    }
  }
  if (size > 0) yield finish();
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

function lineItem(l: Line, row: number, entry: FileEntry, maxBytes: number): LoadItem | null {
  const { file } = entry;
  const where = { line: l.line, row };
  if (l.bytes === null) {
    return issue('TOO_LARGE', file, `line ${l.line} is ${l.size} bytes, over the ${maxBytes}-byte limit; skipped`, where);
  }
  // A BOM can only sit at the very start of the file; decodeChecked drops it.
  const decoded = decodeChecked(l.bytes, file, { ...where, what: `line ${l.line}` });
  if ('code' in decoded) return decoded.code === 'EMPTY' ? null : decoded; // blank lines are allowed
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    return issue('MALFORMED_ROW', file, `line ${l.line} is not valid JSON: ${reason(err)}`, where);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return issue('MALFORMED_ROW', file, `line ${l.line} is not a JSON object`, where);
  }
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : o.id;
  if (typeof id !== 'string' || id.trim() === '') {
    return issue('MISSING_FIELD', file, `line ${l.line} has no "id" (string or number)`, where);
  }
  if (typeof o.article !== 'string') {
    return issue('MISSING_FIELD', file, `line ${l.line} (id ${id.trim()}) has no "article" string`, where);
  }
  if (o.article.trim() === '') return issue('EMPTY', file, `line ${l.line} (id ${id.trim()}) has an empty "article"`, where);
  const h = o.highlights;
  let highlights: string[];
  if (h === undefined || h === null) highlights = [];
  else if (typeof h === 'string') highlights = [h];
  else if (isStringArray(h)) highlights = h;
  else return issue('MALFORMED_ROW', file, `line ${l.line} (id ${id.trim()}): "highlights" must be a string or an array of strings`, where);
  const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
  const out: RawArticle = {
    id: id.trim(),
    text: buildArticleText(highlights, o.article),
    file,
    line: l.line,
    source: rowSource(str(o.source), str(o.url), entry.sourceHint),
  };
  return out;
}

export async function* readJsonlFile(entry: FileEntry, maxBytes: number): AsyncGenerator<LoadItem> {
  const { file } = entry;
  const bad = await sniffDatasetFile(file);
  if (bad) {
    yield bad;
    return;
  }
  const input = createReadStream(file);
  let row = 0;
  let lastLine = 0;
  let anything = false; // any article or issue from the lines
  try {
    for await (const l of splitLines(input, maxBytes)) {
      lastLine = l.line;
      const blank = l.bytes !== null && l.bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
      if (blank) continue;
      row++;
      let item: LoadItem | null;
      try {
        item = lineItem(l, row, entry, maxBytes);
      } catch (err) {
        item = issue('MALFORMED_ROW', file, `line ${l.line} failed: ${reason(err)}`, { line: l.line, row });
      }
      if (item) {
        anything = true;
        yield item;
      }
    }
  } catch (err) {
    yield issue('UNREADABLE', file, `reading stopped after line ${lastLine}: ${reason(err)}`, { line: lastLine + 1 });
    return;
  } finally {
    input.destroy();
  }
  if (!anything) yield issue('EMPTY', file, 'file has no JSON lines');
}

