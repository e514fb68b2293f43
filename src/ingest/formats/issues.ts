// What the readers yield: an article's raw text, or an issue explaining why something did not load.
// Kept apart from index.ts so the per-format modules can share it without circular imports.
import type { WarningCode } from '../types.ts';

export interface RawArticle {
  id: string;
  /** Exact text every later span points into (see decode.ts for what is and is not normalised). */
  text: string;
  file: string;
  /** 1-based line; for csv/jsonl the row's first line. */
  line?: number;
  /** Publisher when the format or its location tells ("CNN", "Daily Mail"); null otherwise. */
  source?: string | null;
}

export interface LoadIssue {
  kind: 'warning' | 'error';
  file: string;
  /** 1-based line in the file. */
  line?: number;
  /** 1-based data row (csv: header excluded; jsonl: non-blank line count). */
  row?: number;
  code: WarningCode;
  message: string;
}

export type LoadItem = RawArticle | LoadIssue;

export function isLoadIssue(x: RawArticle | LoadIssue): x is LoadIssue {
  return (x as LoadIssue).code !== undefined && (x as LoadIssue).kind !== undefined;
}

// Errors mean the input is broken; warnings mean it is readable but deliberately not loaded.
const WARNING_CODES: ReadonlySet<WarningCode> = new Set<WarningCode>(['EMPTY', 'TOO_LARGE', 'DUPLICATE_ID']);

export function issue(
  code: WarningCode,
  file: string,
  message: string,
  where: { line?: number; row?: number } = {},
): LoadIssue {
  const out: LoadIssue = { kind: WARNING_CODES.has(code) ? 'warning' : 'error', file, code, message };
  if (where.line !== undefined) out.line = where.line;
  if (where.row !== undefined) out.row = where.row;
  return out;
}

/** Short reason from a thrown value (fs errors carry a code such as ENOENT / EACCES). */
export function reason(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}
