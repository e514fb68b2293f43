import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { keyCursors, paginate } from '../../src/graphql/pagination.ts';

const items = Array.from({ length: 10 }, (_, i) => `id-${String(i).padStart(2, '0')}`);

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return (err as GraphQLError).extensions?.code;
  }
  return undefined;
}

describe('paginate', () => {
  it('returns the first n items and a cursor to continue from', () => {
    const page = paginate(items, { first: 3 });
    expect(page.nodes).toEqual(['id-00', 'id-01', 'id-02']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(10);
    const next = paginate(items, { first: 3, after: page.pageInfo.endCursor });
    expect(next.nodes).toEqual(['id-03', 'id-04', 'id-05']);
  });

  it('walks backwards with last and before', () => {
    const tail = paginate(items, { last: 2 });
    expect(tail.nodes).toEqual(['id-08', 'id-09']);
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    const before = paginate(items, { last: 2, before: tail.pageInfo.startCursor });
    expect(before.nodes).toEqual(['id-06', 'id-07']);
  });

  it('rejects page sizes outside 1..100 as BAD_USER_INPUT', () => {
    expect(codeOf(() => paginate(items, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => paginate(items, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => paginate(items, { last: 100000 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => paginate(items, { first: 100 }))).toBeUndefined();
  });

  it('rejects a cursor that is not one of the list', () => {
    expect(codeOf(() => paginate(items, { after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it('keeps a key cursor valid after items before it are removed', () => {
    const cursors = keyCursors<string>(items, (x) => x);
    const page = paginate(items, { first: 4 }, cursors);
    const shrunk = items.filter((x) => x !== 'id-01');
    const next = paginate(shrunk, { first: 2, after: page.pageInfo.endCursor! }, keyCursors<string>(shrunk, (x) => x));
    expect(next.nodes).toEqual(['id-04', 'id-05']);
  });
});
