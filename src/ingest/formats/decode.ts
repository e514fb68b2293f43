// Bytes -> text with clear reasons for bad input. The text is kept EXACTLY as in the file (CRLF,
// tabs, trailing spaces, non-breaking spaces all stay) because every span downstream points into it
// and must map back onto the source. The one change is dropping a leading UTF-8 BOM: it is an
// encoding marker, not content, and would otherwise become an invisible first "character".
import { issue, type LoadIssue } from './issues.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(buf: Uint8Array): boolean {
  return buf.length >= 3 && buf[0] === UTF8_BOM[0] && buf[1] === UTF8_BOM[1] && buf[2] === UTF8_BOM[2];
}

export function stripBom(buf: Buffer): Buffer {
  return hasUtf8Bom(buf) ? buf.subarray(3) : buf;
}

/** UTF-16 text is not garbage but is not UTF-8 either; say so instead of "binary". */
export function utf16Bom(buf: Uint8Array): boolean {
  return buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
}

/** 1-based line of a byte offset (counts LF before it). */
export function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

// Control bytes other than tab, LF, VT, FF, CR never occur in news text; a NUL, or a share of them
// above this, means the bytes are not text (random bytes have about 12%).
const CONTROL_SHARE = 0.05;

/**
 * Offset of the byte that makes the buffer look binary, or -1 for text. With `nulIsBinary` false
 * only the share counts (used to sniff a whole CSV/JSONL file, where one stray NUL should cost a
 * row, not the file).
 */
export function binaryOffset(buf: Uint8Array, nulIsBinary = true): number {
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d) continue;
    if (b === 0 && nulIsBinary) return i;
    controls++;
    if (firstControl < 0) firstControl = i;
  }
  return buf.length > 0 && controls / buf.length > CONTROL_SHARE ? firstControl : -1;
}

/** Offset of the first byte that is not valid UTF-8 (only called after fatal decoding failed). */
export function invalidUtf8Offset(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i; // truncated or broken sequence
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

// One fatal decoder is enough: decode() without { stream } resets it on every call.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8 decode; null when the bytes are not valid UTF-8. */
export function decodeUtf8(buf: Uint8Array): string | null {
  try {
    return utf8.decode(buf);
  } catch {
    return null;
  }
}

export interface Where {
  /** Line of the first byte of `buf` in its file (1 for a whole file). */
  line?: number;
  row?: number;
  /** What the bytes are, for messages: "file", "article field". */
  what?: string;
}

/**
 * Validates and decodes one article's bytes (BOM already dropped by the caller or here).
 * Order matters: binary first (garbage is usually also invalid UTF-8, and "binary" is the truer
 * reason), then encoding, then emptiness.
 */
export function decodeChecked(buf: Buffer, file: string, where: Where = {}): { text: string } | LoadIssue {
  const base = where.line ?? 1;
  const what = where.what ?? 'file';
  const at = (offset: number) => ({ line: base + lineAt(buf, offset) - 1, row: where.row });
  if (utf16Bom(buf)) {
    return issue('INVALID_UTF8', file, `${what} is UTF-16 (byte-order mark found); expected UTF-8`, at(0));
  }
  const body = stripBom(buf);
  const shift = buf.length - body.length;
  if (body.length === 0) return issue('EMPTY', file, `${what} is empty`, { line: where.line, row: where.row });
  const bin = binaryOffset(body);
  if (bin >= 0) {
    const b = body[bin];
    const desc = b === 0 ? 'a NUL byte' : `control byte 0x${b.toString(16).padStart(2, '0')} among many`;
    return issue('BINARY', file, `${what} looks binary, not text: ${desc} at byte ${bin + shift}`, at(bin + shift));
  }
  const text = decodeUtf8(body);
  if (text === null) {
    const bad = Math.max(0, invalidUtf8Offset(body));
    return issue(
      'INVALID_UTF8',
      file,
      `${what} is not valid UTF-8: byte 0x${body[bad].toString(16).padStart(2, '0')} at byte ${bad + shift}`,
      at(bad + shift),
    );
  }
  if (text.trim() === '') return issue('EMPTY', file, `${what} has only whitespace`, { line: where.line, row: where.row });
  return { text };
}

/** For .txt/.story: the whole file is one article. */
export function decodeArticleText(buf: Buffer, file: string): { text: string } | LoadIssue {
  return decodeChecked(buf, file);
}
