// Turns the input path (a folder or one file) into the list of article files to read, in a stable
// order, with each file's id and publisher hint. Unknown extensions in a folder are skipped
// silently (datasets ship README/INDEX files next to the articles).
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { issue, reason, type LoadIssue } from './issues.ts';

export type Format = 'txt' | 'story' | 'csv' | 'jsonl';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt',
  '.story': 'story',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.json-lines': 'jsonl',
  '.ndjson': 'jsonl',
};

export function formatOf(file: string): Format | null {
  return EXTENSIONS[extname(file).toLowerCase()] ?? null;
}

export interface FileEntry {
  /** Path to open (the input path joined with the relative path). */
  file: string;
  format: Format;
  /** Id for one-article files: path relative to the data folder, no extension, forward slashes. */
  id: string;
  /** Publisher suggested by the folder the file sits in. */
  sourceHint: string | null;
}

// Folder names used by the CNN/DM releases (raw: cnn/stories, dailymail/stories; project: cnn, dailymail).
const FOLDER_SOURCES: Array<[RegExp, string]> = [
  [/^cnn(?:[_-]?stories)?$/i, 'CNN'],
  [/^(?:dailymail|daily[_-]mail|dm)(?:[_-]?stories)?$/i, 'Daily Mail'],
];

/** Publisher from the nearest enclosing folder that names one (`.../dailymail/stories/x.story`). */
export function sourceFromPath(file: string): string | null {
  const dirs = dirname(resolve(file)).split(sep).reverse();
  for (const d of dirs) {
    for (const [re, name] of FOLDER_SOURCES) if (re.test(d)) return name;
  }
  return null;
}

function idFor(rel: string): string {
  const ext = extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).split(sep).join('/');
}

function entry(file: string, rel: string, format: Format): FileEntry {
  return { file, format, id: idFor(rel), sourceHint: sourceFromPath(file) };
}

/**
 * Yields the files under `path` (recursively, names sorted by code unit at every level so ids and
 * order do not depend on the file system or locale), or `path` itself when it is a file.
 * `root` is the folder ids are relative to (defaults to `path`, or its parent for a single file).
 */
export async function* walk(path: string, root?: string): AsyncGenerator<FileEntry | LoadIssue> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    yield issue('UNREADABLE', path, `cannot read input path: ${reason(err)}`);
    return;
  }
  if (!st.isDirectory()) {
    const format = formatOf(path);
    if (!format) {
      yield issue('UNSUPPORTED_FORMAT', path, `unknown extension "${extname(path)}" (expected .txt, .story, .csv, .jsonl, .json-lines)`);
      return;
    }
    yield entry(path, root ? relative(root, path) : basename(path), format);
    return;
  }
  const base = root ?? path;
  const seen = new Set<string>(); // real paths of visited folders, so symlink loops end
  yield* walkDir(path, base, seen);
}

async function* walkDir(dir: string, base: string, seen: Set<string>): AsyncGenerator<FileEntry | LoadIssue> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield issue('UNREADABLE', dir, `cannot read folder: ${reason(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue; // .git, .DS_Store, editor swap files
    const full = join(dir, ent.name);
    const format = formatOf(ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = await stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        // A broken link only matters when it looks like an article file.
        if (format) yield issue('UNREADABLE', full, `cannot read file: ${reason(err)}`);
        continue;
      }
    }
    if (isDir) yield* walkDir(full, base, seen);
    else if (format && isFile) yield entry(full, relative(base, full), format);
  }
}
