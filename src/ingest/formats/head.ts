// The first look at a many-article file (csv/jsonl): is it there, non-empty, and text? A file
// that fails here is one issue for the whole file instead of one per row.
import { open } from 'node:fs/promises';
import { binaryOffset, lineAt, stripBom, utf16Bom } from './decode.ts';
import { issue, reason, type LoadIssue } from './issues.ts';

/** Bytes read up front to reject a whole file that is not text (and to spot an empty one). */
const SNIFF_BYTES = 64 * 1024;

interface FileHead {
  size: number;
  head: Buffer;
}

/** Size and first bytes of a file; throws the fs error when it cannot be opened. */
async function readHead(file: string): Promise<FileHead> {
  const fh = await open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return { size, head: head.subarray(0, bytesRead) };
  } finally {
    await fh.close();
  }
}

/** File-level problems of a many-article file (csv/jsonl), or null when it is worth parsing. */
function checkHead(file: string, { size, head }: FileHead): LoadIssue | null {
  if (size === 0) return issue('EMPTY', file, 'file is empty');
  if (utf16Bom(head)) return issue('INVALID_UTF8', file, 'file is UTF-16 (byte-order mark found); expected UTF-8', { line: 1 });
  const body = stripBom(head);
  if (size <= SNIFF_BYTES && body.toString('latin1').trim() === '') return issue('EMPTY', file, 'file has only whitespace');
  const bin = binaryOffset(body, false);
  if (bin >= 0) {
    return issue('BINARY', file, `file looks binary, not text: many control bytes from byte ${bin}`, { line: lineAt(body, bin) });
  }
  return null;
}

/** The file-level issue of a csv/jsonl file (unreadable, empty, UTF-16, binary), or null. */
export async function sniffDatasetFile(file: string): Promise<LoadIssue | null> {
  try {
    return checkHead(file, await readHead(file));
  } catch (err) {
    return issue('UNREADABLE', file, `cannot read file: ${reason(err)}`);
  }
}
