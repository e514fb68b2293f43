// Reading articles from every dataset format, and the issue each kind of bad input yields.
// Fixtures are invented text: tests/fixtures/formats/good (hand-written) plus per-test temp dirs.
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticleText, isLoadIssue, readArticles, type LoadIssue, type RawArticle } from '../../src/ingest/formats/index.ts';

const GOOD = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/formats/good');
const CORPUS = '/work/shared/corpus';

async function collect(path: string, opts?: Parameters<typeof readArticles>[1]) {
  const articles: RawArticle[] = [];
  const issues: LoadIssue[] = [];
  for await (const x of readArticles(path, opts)) (isLoadIssue(x) ? issues : articles).push(x as never);
  return { articles, issues, ids: articles.map((a) => a.id) };
}

/** The project layout a dataset row becomes (the formula from the format spec). */
const layout = (highlights: string, article: string) =>
  highlights.split('\n').map((h) => '- ' + h).join('\n') + '\n\n' + article;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ng-formats-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder under the temp dir holding `files` (path -> content). */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(tmp, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

const OK_TXT = '- A highlight .\n\nThe body of a fine article.\n';
const csvField = (s: string) => '"' + s.replace(/"/g, '""') + '"';

describe('formats: reading good input', () => {
  it('reads a .txt file with its id from the path relative to the data folder', async () => {
    const { articles, issues } = await collect(GOOD);
    expect(issues).toEqual([]);
    const a = articles.find((x) => x.id === 'cnn/0010')!;
    expect(a).toBeDefined();
    expect(a.text).toBe(readFileSync(join(GOOD, 'cnn/0010.txt'), 'utf8'));
    expect(a.file).toBe(join(GOOD, 'cnn/0010.txt'));
    expect(a.line).toBe(1);
    expect(a.source).toBe('CNN');
    expect(articles.find((x) => x.id === 'dailymail/0020')!.source).toBe('Daily Mail');
  });

  it('uses the file name as id for a single file, or the path relative to opts.root', async () => {
    const file = join(GOOD, 'cnn/0010.txt');
    expect((await collect(file)).ids).toEqual(['0010']);
    expect((await collect(file, { root: GOOD })).ids).toEqual(['cnn/0010']);
  });

  it('reads a raw .story file exactly as written', async () => {
    const file = join(GOOD, 'cnn/stories/f00dcafe.story');
    const { articles, issues } = await collect(file, { root: GOOD });
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0].id).toBe('cnn/stories/f00dcafe');
    expect(articles[0].text).toBe(readFileSync(file, 'utf8'));
    expect(articles[0].text).toContain('@highlight\n\nAlderholt toy museum reopens');
    expect(articles[0].source).toBe('CNN');
  });

  it('reads CSV rows with quoted multi-line fields, "" escapes and any column order', async () => {
    const { articles, issues } = await collect(join(GOOD, 'sets/sample.csv'));
    expect(issues).toEqual([]);
    expect(articles.map((a) => [a.id, a.line])).toEqual([
      ['row-a', 2],
      ['row-b', 6],
      ['row-c', 7],
    ]);
    expect(articles[0].text).toBe(
      layout(
        'Ferry service resumes .\nNew boats are quieter .',
        '(CNN) -- The island ferry resumed service on Monday.\n\nPassengers said the new boats were "much quieter" than the old ones.',
      ),
    );
    expect(articles[2].text).toBe('A short item with no highlights, just text.'); // empty highlights: just the article
    expect(articles.map((a) => a.source)).toEqual(['CNN', 'Daily Mail', null]); // from the url column
  });

  it('reads JSONL rows; highlights as a string or an array give the same text', async () => {
    const { articles, issues } = await collect(join(GOOD, 'sets/sample.jsonl'));
    expect(issues).toEqual([]);
    expect(articles.map((a) => [a.id, a.line])).toEqual([
      ['json-1', 1],
      ['json-2', 2],
      ['json-3', 4],
    ]);
    const article = '(CNN) -- The city library will stay open until midnight during exam season, officials said.';
    expect(articles[0].text).toBe(layout('Library opens late .\nExam season starts next week .', article));
    expect(articles[1].text).toBe(articles[0].text);
    expect(articles[2].text).toBe('A plain article line with "quoted" words.');
    expect(articles[2].source).toBe('Daily Mail');
  });

  it('walks a folder recursively in sorted order, skipping unknown extensions and hidden entries', async () => {
    const dir = folder('walk', {
      'b/2.txt': OK_TXT.replace('fine', 'second'),
      'a/z/1.txt': OK_TXT.replace('fine', 'first'),
      'a/notes.md': '# not an article',
      'a/INDEX.tsv': 'x\ty',
      '.git/x.txt': OK_TXT,
      'c.json-lines': '{"id":"jl","article":"Text."}\n',
      'd.story': 'Story text.\n\n@highlight\n\nA highlight\n',
    });
    const { ids, issues } = await collect(dir);
    expect(issues).toEqual([]);
    expect(ids).toEqual(['a/z/1', 'b/2', 'jl', 'd']);
  });

  it('keeps the text exact (CRLF, tabs, trailing spaces) but drops a UTF-8 BOM', async () => {
    const body = '- Line one .\r\n\r\nBody\twith tab and trailing space \r\nSecond line.\r\n';
    const dir = folder('exact', { 'crlf.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]) });
    const { articles } = await collect(dir);
    expect(articles[0].text).toBe(body);
    const csv = folder('exact-csv', {
      'x.csv': '\uFEFFid,article,highlights\r\nr1,"Para one.\r\n\r\nPara two.",H1\r\nr2,Plain,H2\r\n',
    });
    const rows = await collect(csv);
    expect(rows.issues).toEqual([]);
    expect(rows.articles.map((a) => [a.id, a.line, a.text])).toEqual([
      ['r1', 2, '- H1\n\nPara one.\r\n\r\nPara two.'],
      ['r2', 5, '- H2\n\nPlain'],
    ]);
  });

  it('loads a 10 MB article with the default limit', async () => {
    const big = '- Big one .\n\n' + 'All work and no play makes a long article. '.repeat(Math.ceil(10_000_000 / 43));
    const dir = folder('ten-mb', { 'big.txt': big });
    const { articles, issues } = await collect(dir);
    expect(issues).toEqual([]);
    expect(articles[0].text.length).toBe(big.length);
  });
});

describe('formats: bad input yields an issue and the rest still loads', () => {
  const only = (issues: LoadIssue[]) => {
    expect(issues).toHaveLength(1);
    return issues[0];
  };

  it('EMPTY: an empty or whitespace-only file', async () => {
    const dir = folder('empty', { 'a.txt': '', 'b.txt': ' \n\n\t\n', 'c.csv': '', 'd.jsonl': '\n', 'ok.txt': OK_TXT });
    const { ids, issues } = await collect(dir);
    expect(ids).toEqual(['ok']);
    expect(issues.map((i) => [i.code, i.kind, i.file])).toEqual([
      ['EMPTY', 'warning', join(dir, 'a.txt')],
      ['EMPTY', 'warning', join(dir, 'b.txt')],
      ['EMPTY', 'warning', join(dir, 'c.csv')],
      ['EMPTY', 'warning', join(dir, 'd.jsonl')],
    ]);
  });

  it('BINARY: NUL bytes or a high share of control bytes', async () => {
    const garbage = Buffer.alloc(4096);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256; // every byte value, NUL included
    const controls = Buffer.from('\x01\x02\x03abc\x04\x05def\x06\x07\x08ghi'.repeat(50), 'latin1');
    const dir = folder('binary', {
      'a.txt': Buffer.concat([Buffer.from('- Fine start .\n\nline two\n'), Buffer.from([0x00, 0x41])]),
      'b.story': controls,
      'c.csv': garbage,
      'ok.txt': OK_TXT,
    });
    const { ids, issues } = await collect(dir);
    expect(ids).toEqual(['ok']);
    expect(issues.map((i) => [i.code, i.kind, i.file])).toEqual([
      ['BINARY', 'error', join(dir, 'a.txt')],
      ['BINARY', 'error', join(dir, 'b.story')],
      ['BINARY', 'error', join(dir, 'c.csv')],
    ]);
    expect(issues[0].line).toBe(4); // the NUL sits after the third line break
  });

  it('INVALID_UTF8: names the line of the first bad byte (txt, csv row, jsonl line)', async () => {
    const latin1 = Buffer.from('- Caf\xe9 opens .\n\nThe caf\xe9 opened.\n', 'latin1'); // Latin-1, not UTF-8
    const csv = Buffer.concat([
      Buffer.from('id,article,highlights\ngood1,Fine text.,H\nbad,"Line one.\nLine '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' two.",H\ngood2,Also fine.,H\n'),
    ]);
    const jsonl = Buffer.concat([
      Buffer.from('{"id":"j1","article":"ok"}\n{"id":"j2","article":"'),
      Buffer.from([0xff]),
      Buffer.from('"}\n{"id":"j3","article":"ok too"}\n'),
    ]);
    const dir = folder('utf8', { 'a.txt': latin1, 'b.csv': csv, 'c.jsonl': jsonl, 'ok.txt': OK_TXT });
    const { ids, issues } = await collect(dir);
    expect(ids).toEqual(['good1', 'good2', 'j1', 'j3', 'ok']);
    expect(issues.map((i) => [i.code, i.file, i.line, i.row])).toEqual([
      ['INVALID_UTF8', join(dir, 'a.txt'), 1, undefined],
      ['INVALID_UTF8', join(dir, 'b.csv'), 4, 2], // row starts on line 3; the bad byte is on line 4
      ['INVALID_UTF8', join(dir, 'c.jsonl'), 2, 2],
    ]);
  });

  it('decodeArticleText: BOM, UTF-16, empty, binary and bad UTF-8', () => {
    expect(decodeArticleText(Buffer.from('\uFEFFHi\r\n'), 'f.txt')).toEqual({ text: 'Hi\r\n' });
    const code = (b: Buffer) => {
      const r = decodeArticleText(b, 'f.txt');
      return 'code' in r ? r.code : 'ok';
    };
    expect(code(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('INVALID_UTF8');
    expect(code(Buffer.from([0xef, 0xbb, 0xbf]))).toBe('EMPTY');
    expect(code(Buffer.from('a\x00b'))).toBe('BINARY');
    expect(code(Buffer.from([0x61, 0xe2, 0x82]))).toBe('INVALID_UTF8'); // truncated sequence
    expect(code(Buffer.from('naïve “quotes” ✓ 😀'))).toBe('ok');
  });

  it('CSV: wrong column counts are MALFORMED_ROW with their line; later rows still load', async () => {
    const csv = [
      'id,article,highlights',
      'r1,"First article,\nwith two lines.",H1',
      'r2,Missing a column',
      'r3,Too,many,columns',
      '',
      'r4,"Fourth article.",H4',
      'r5,,H5',
      ',"No id here.",H6',
      'r7,"Seventh, whose quote never closes.,H7',
      'r8,never seen,H8',
    ].join('\n');
    const dir = folder('csv-bad', { 'x.csv': csv });
    const { articles, issues } = await collect(dir);
    expect(articles.map((a) => [a.id, a.line])).toEqual([
      ['r1', 2],
      ['r4', 7],
    ]);
    expect(issues.map((i) => [i.code, i.line, i.row])).toEqual([
      ['MALFORMED_ROW', 4, 2],
      ['MALFORMED_ROW', 5, 3],
      ['EMPTY', 8, 5],
      ['MISSING_FIELD', 9, 6],
      ['MALFORMED_ROW', 10, 7], // unclosed quote: everything after it is swallowed by the quote
    ]);
    expect(issues.every((i) => i.file === join(dir, 'x.csv'))).toBe(true);
    expect(issues[0].message).toMatch(/2 fields; the header has 3/);
  });

  it('CSV: a header without "article" or "id" is MISSING_FIELD for the file', async () => {
    const dir = folder('csv-header', { 'a.csv': 'story,highlights\nSome text,H\n', 'ok.txt': OK_TXT });
    const { ids, issues } = await collect(dir);
    expect(ids).toEqual(['ok']);
    const i = only(issues);
    expect([i.code, i.kind, i.file, i.line]).toEqual(['MISSING_FIELD', 'error', join(dir, 'a.csv'), 1]);
    expect(i.message).toMatch(/"article" or "id"/);
  });

  it('JSONL: non-JSON, non-object and missing article/id lines are reported with their line', async () => {
    const jsonl = [
      '{"id":"j1","article":"One."}',
      '{"id":"j2","article":"Two."', // truncated JSON
      '["not", "an", "object"]',
      '{"id":"j4"}',
      '{"article":"No id."}',
      '{"id":"j6","article":"Six.","highlights":42}',
      '',
      '{"id":7,"article":"Seven, numeric id."}',
    ].join('\n');
    const dir = folder('jsonl-bad', { 'x.jsonl': jsonl });
    const { ids, issues } = await collect(dir);
    expect(ids).toEqual(['j1', '7']);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['MALFORMED_ROW', 2],
      ['MALFORMED_ROW', 3],
      ['MISSING_FIELD', 4],
      ['MISSING_FIELD', 5],
      ['MALFORMED_ROW', 6],
    ]);
    expect(issues[0].message).toMatch(/not valid JSON/);
    expect(issues[2].message).toMatch(/"article"/);
    expect(issues[3].message).toMatch(/"id"/);
  });

  it('DUPLICATE_ID: keeps the first and names where it came from', async () => {
    const dir = folder('dup', {
      'a.csv': 'id,article,highlights\nsame,"From the CSV.",H\nsame,"Again in the CSV.",H\n',
      'b.jsonl': '{"id":"same","article":"From JSONL."}\n{"id":"other","article":"Fine."}\n',
    });
    const { articles, issues } = await collect(dir);
    expect(articles.map((a) => [a.id, a.text])).toEqual([
      ['same', '- H\n\nFrom the CSV.'],
      ['other', 'Fine.'],
    ]);
    expect(issues.map((i) => [i.code, i.kind, i.file, i.line])).toEqual([
      ['DUPLICATE_ID', 'warning', join(dir, 'a.csv'), 3],
      ['DUPLICATE_ID', 'warning', join(dir, 'b.jsonl'), 1],
    ]);
    expect(issues[0].message).toContain(`${join(dir, 'a.csv')}:2`);
  });

  it('UNREADABLE: a missing path, or a broken link in a folder; nothing throws', async () => {
    const missing = join(tmp, 'no-such-folder');
    const i = only((await collect(missing)).issues);
    expect([i.code, i.kind, i.file]).toEqual(['UNREADABLE', 'error', missing]);
    expect(i.message).toMatch(/ENOENT/);

    const dir = folder('broken-link', { 'ok.txt': OK_TXT });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'gone.md'), join(dir, 'link.md')); // not an article file: ignored
    const { ids, issues } = await collect(dir);
    expect(ids).toEqual(['ok']);
    expect(only(issues)).toMatchObject({ code: 'UNREADABLE', file: join(dir, 'link.txt') });
  });

  // Root reads anything, so permission cases only run as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('UNREADABLE: a file or folder without read permission', async () => {
    const dir = folder('no-perm', { 'secret.txt': OK_TXT, 'locked/x.txt': OK_TXT, 'ok.txt': OK_TXT });
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const { ids, issues } = await collect(dir);
      expect(ids).toEqual(['ok']);
      expect(issues.map((i) => [i.code, i.file])).toEqual([
        ['UNREADABLE', join(dir, 'locked')],
        ['UNREADABLE', join(dir, 'secret.txt')],
      ]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755); // so the temp dir can be removed
    }
  });

  it('unknown extension: skipped silently in a folder, UNSUPPORTED_FORMAT when named directly', async () => {
    const dir = folder('unknown', { 'a.docx': 'whatever', 'ok.txt': OK_TXT });
    expect(await collect(dir)).toMatchObject({ ids: ['ok'], issues: [] });
    expect(only((await collect(join(dir, 'a.docx'))).issues).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('TOO_LARGE: a file (txt) or row (csv, jsonl) over maxBytes is skipped with a warning', async () => {
    const long = 'x'.repeat(300);
    const dir = folder('too-large', {
      'big.txt': long,
      'rows.csv': `id,article\nc-small,short\nc-huge,${long}\nc-after,short again\n`,
      'rows.jsonl': `{"id":"j-small","article":"short"}\n{"id":"j-huge","article":"${long}"}\n{"id":"j-after","article":"short"}\n`,
      'small.txt': OK_TXT,
    });
    const { ids, issues } = await collect(dir, { maxBytes: 200 });
    expect(ids).toEqual(['c-small', 'c-after', 'j-small', 'j-after', 'small']);
    expect(issues.map((i) => [i.code, i.kind, i.file, i.line])).toEqual([
      ['TOO_LARGE', 'warning', join(dir, 'big.txt'), undefined],
      ['TOO_LARGE', 'warning', join(dir, 'rows.csv'), 3],
      ['TOO_LARGE', 'warning', join(dir, 'rows.jsonl'), 2],
    ]);
  });
});

describe('formats: streaming', () => {
  const ROWS = 100_000;

  it('streams a 100,000-row CSV: yields before the file is fully read, heap stays far below the file size', async () => {
    const file = join(tmp, 'stream.csv');
    const out = createWriteStream(file);
    out.write('id,article,highlights\n');
    const para = 'The council met on Tuesday and agreed, after a "long" debate, to fund the new bridge.';
    for (let i = 0; i < ROWS; i++) {
      const ok = out.write(`row${i},${csvField(`${para}\n\n${para} Item ${i}.\n${para}`)},${csvField(`Point ${i} .\nSecond point .`)}\n`);
      if (!ok) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(r));
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(25_000_000);

    // Retained heap, measured after a full GC (exposed at run time) so garbage does not count.
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const retained = () => { const m = process.memoryUsage(); return m.heapUsed + m.external; };
    const base = retained();
    let peak = 0;
    let n = 0;
    let last = '';
    for await (const x of readArticles(file)) {
      if (isLoadIssue(x)) throw new Error(`unexpected issue: ${x.code} ${x.message}`);
      n++;
      last = x.id;
      // A row appended after the first article is out can only be seen by a reader that had not yet
      // read the end of the file, i.e. one that streams.
      if (n === 1) appendFileSync(file, `sentinel,"Appended after the first article was read.",H\n`);
      if (n % 9_973 === 0) {
        // Spot-check content and line bookkeeping across chunk boundaries (5 lines per row).
        const i = n - 1;
        expect(x.id).toBe(`row${i}`);
        expect(x.line).toBe(2 + 5 * i);
        expect(x.text).toBe(layout(`Point ${i} .\nSecond point .`, `${para}\n\n${para} Item ${i}.\n${para}`));
        gc();
        peak = Math.max(peak, retained() - base);
      }
    }
    expect(n).toBe(ROWS + 1);
    expect(last).toBe('sentinel');
    // Reading the whole file into one string would keep about `size` bytes alive until the end;
    // a streaming reader keeps one chunk plus the id set (a few MB for 100k ids).
    expect(peak).toBeLessThan(size / 2);
  }, 180_000); // generous: the machine may be busy; nothing here asserts on time

  it('streams JSONL the same way', async () => {
    const file = join(tmp, 'stream.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) lines.push(JSON.stringify({ id: `j${i}`, article: `Article number ${i}. `.repeat(20), highlights: [`H${i}`] }));
    writeFileSync(file, lines.join('\n') + '\n');
    let n = 0;
    let last = '';
    for await (const x of readArticles(file)) {
      if (isLoadIssue(x)) throw new Error(x.message);
      if (++n === 1) appendFileSync(file, JSON.stringify({ id: 'sentinel', article: 'Late.' }) + '\n');
      last = x.id;
    }
    expect(n).toBe(5001);
    expect(last).toBe('sentinel');
  });

  it('stops cleanly when the consumer breaks early', async () => {
    let n = 0;
    for await (const x of readArticles(join(GOOD, 'sets/sample.csv'))) {
      expect(isLoadIssue(x)).toBe(false);
      if (++n === 1) break;
    }
    expect(n).toBe(1);
  });
});

describe.skipIf(!existsSync(CORPUS))('formats: the shared corpus', () => {
  it('reads all 1,277 articles with no issues', async () => {
    const { articles, issues, ids } = await collect(CORPUS);
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1277);
    expect(new Set(ids).size).toBe(1277);
    expect(ids[0]).toBe('cnn/0000');
    expect(articles.every((a) => a.source === 'CNN' || a.source === 'Daily Mail')).toBe(true);
  });
});
