// One article per file: the project layout (.txt: "- " highlight lines, blank line, body) and raw
// DeepMind .story files (paragraphs, then "@highlight" blocks). Both are kept byte-for-byte as the
// text (minus a BOM); the structure reader understands both layouts, so nothing is rewritten here.
import { readFile, stat } from 'node:fs/promises';
import { decodeArticleText } from './decode.ts';
import { issue, reason, type LoadItem } from './issues.ts';
import type { FileEntry } from './walk.ts';

export async function* readTextFile(entry: FileEntry, maxBytes: number): AsyncGenerator<LoadItem> {
  const { file } = entry;
  let buf: Buffer;
  try {
    // Check the size before reading so an oversized file never lands in memory.
    const st = await stat(file);
    if (st.size > maxBytes) {
      yield issue('TOO_LARGE', file, `file is ${st.size} bytes, over the ${maxBytes}-byte limit; skipped`);
      return;
    }
    buf = await readFile(file);
  } catch (err) {
    yield issue('UNREADABLE', file, `cannot read file: ${reason(err)}`);
    return;
  }
  const decoded = decodeArticleText(buf, file);
  if ('code' in decoded) {
    yield decoded;
    return;
  }
  yield { id: entry.id, text: decoded.text, file, line: 1, source: entry.sourceHint };
}
