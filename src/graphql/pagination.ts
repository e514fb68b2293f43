// Relay cursor connections over in-memory lists. Page sizes are bounded (1..100) so no request
// can ask for the whole corpus at once; a bad argument is a BAD_USER_INPUT error.
import type { ParsedArticle } from '../ingest/types.ts';
import type { Snapshot } from '../store/store.ts';
import { lowerBound } from '../store/sorted.ts';
import { badUserInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** How a list's cursors are made and read back. */
export interface Cursors<T> {
  /** The cursor of the item at `index`. */
  cursorOf(item: T, index: number): string;
  /** The index of the item a cursor names, or -1 when it names no item of this list. */
  indexOf(cursor: string): number;
}

const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const decode = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

/** Cursors by position, for lists that do not change while they are read (per-article lists, search hits). */
export function offsetCursors<T>(length: number): Cursors<T> {
  return {
    cursorOf: (_item, index) => encode(`offset:${index}`),
    indexOf: (cursor) => {
      const m = /^offset:(\d{1,9})$/.exec(decode(cursor));
      const i = m ? Number(m[1]) : -1;
      return i < length ? i : -1;
    },
  };
}

/**
 * Cursors by key, for sorted lists that change between requests (articles): the cursor names the
 * item's key, so a page boundary survives inserts and deletes before it.
 */
export function keyCursors<T>(sortedKeys: readonly string[], keyOf: (item: T) => string): Cursors<T> {
  return {
    cursorOf: (item) => encode(`key:${keyOf(item)}`),
    indexOf: (cursor) => {
      const raw = decode(cursor);
      if (!raw.startsWith('key:')) return -1;
      const key = raw.slice(4);
      // First position whose key is >= the cursor's key: the cursor stays valid after its item
      // is deleted, as the position the item had.
      return lowerBound(sortedKeys, key);
    },
  };
}

function checkSize(name: 'first' | 'last', n: number | null | undefined): number | null {
  if (n === null || n === undefined) return null;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${name}\` must be between 1 and ${MAX_PAGE_SIZE}; got ${n}.`, name);
  }
  return n;
}

function checkCursor<T>(name: 'after' | 'before', cursor: string | null | undefined, cursors: Cursors<T>): number | null {
  if (cursor === null || cursor === undefined) return null;
  const i = cursors.indexOf(cursor);
  if (i < 0) throw badUserInput(`\`${name}\` is not a cursor of this list: ${JSON.stringify(cursor)}.`, name);
  return i;
}

/**
 * One page of `items` (a list, or a function giving the item at an index, with its length).
 * Follows the Relay spec's algorithm: slice by `after`/`before`, then take `first` or `last`.
 */
export function paginate<T>(
  items: readonly T[],
  args: ConnectionArgs,
  cursors: Cursors<T> = offsetCursors<T>(items.length),
): Connection<T> {
  const first = checkSize('first', args.first);
  const last = checkSize('last', args.last);
  if (first !== null && last !== null) throw badUserInput('Pass `first` or `last`, not both.', 'last');
  const afterIndex = checkCursor('after', args.after, cursors);
  const beforeIndex = checkCursor('before', args.before, cursors);
  // An `after` cursor from keyCursors points at the item itself when it still exists.
  let start = 0;
  if (afterIndex !== null) {
    const atItem = afterIndex < items.length && cursors.cursorOf(items[afterIndex], afterIndex) === args.after;
    start = atItem ? afterIndex + 1 : afterIndex;
  }
  let end = beforeIndex !== null ? Math.max(start, beforeIndex) : items.length;
  let hasNextPage = false;
  let hasPreviousPage = false;
  if (last !== null) {
    if (end - start > last) {
      start = end - last;
      hasPreviousPage = true;
    }
  } else {
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (end - start > size) {
      end = start + size;
      hasNextPage = true;
    }
  }
  const edges = [];
  for (let i = start; i < end; i++) edges.push({ cursor: cursors.cursorOf(items[i], i), node: items[i] });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

/** A page of articles from a sorted list of ids, with cursors that survive writes. */
export function articleConnection(snapshot: Snapshot, ids: readonly string[], args: ConnectionArgs): Connection<ParsedArticle> {
  const page = paginate(ids, args, keyCursors(ids, (id) => id));
  const nodes = page.nodes.map((id) => snapshot.article(id)!);
  return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })), nodes };
}
