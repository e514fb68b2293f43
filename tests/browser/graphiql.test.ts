// The self-hosted GraphiQL at /graphiql, in a real browser (Debian's chromium driven by
// playwright-core) against the real server: the page loads, runs a query typed into its editor,
// shows the result, and never asks any host but our server for anything (it works offline).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSchema, parse, validate } from 'graphql';
import { DEFAULT_QUERY } from '../../graphiql/default-query.ts';
import { loadTypeDefs } from '../../src/server/schema.ts';
import { GRAPHIQL_DIR } from '../../src/server/static.ts';
import { startTestServer, type TestServer } from '../api/helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const VITE_CONFIG = fileURLToPath(new URL('../../graphiql/vite.config.ts', import.meta.url));
const SCREENSHOT = '/tmp/newsgraph-graphiql.png';
const SCREENSHOT_DEFAULT = '/tmp/newsgraph-graphiql-default.png';

if (!HAS_CHROMIUM) {
  console.warn(
    `tests/browser/graphiql.test.ts: skipped, ${CHROMIUM} not found (install it with \`apt-get install -y chromium\`; CI does).`,
  );
}

describe('GraphiQL default query', () => {
  it('is valid against the schema', () => {
    const schema = buildSchema(loadTypeDefs().join('\n'));
    expect(validate(schema, parse(DEFAULT_QUERY)).map((e) => e.message)).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('GraphiQL at /graphiql in chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  let origin: string;
  /** Every URL the page requested, in order. */
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // `npm ci` builds the bundle (the `prepare` script), but a bundle left from an older checkout
    // would test stale code: rebuild it from graphiql/ (about 2 s).
    const { build } = await import('vite');
    await build({ configFile: VITE_CONFIG, logLevel: 'error' });
    expect(existsSync(GRAPHIQL_DIR + 'index.html')).toBe(true);
    t = await startTestServer(FIXTURES);
    origin = new URL(t.app.url).origin;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Record every request; refuse (rather than wait on) anything not for the test server, so a
    // stray CDN or font URL fails fast here instead of hanging on a machine with no internet.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return new URL(url).origin === origin ? route.continue() : route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('request', (req) => requested.push(req.url()));
    page.on('pageerror', (err) => pageErrors.push(String(err)));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.app.stop();
  });

  it('loads, runs a query from the editor and shows the result', async () => {
    const response = await page.goto(`${origin}/graphiql`);
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.title()).toContain('GraphiQL');
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    const result = page.locator('.graphiql-response .result-window');
    const run = page.locator('button.graphiql-execute-button');

    // A first visit shows the default query; it runs and returns articles.
    expect(await editor.evaluate((el: any) => el.CodeMirror.getValue() as string)).toBe(DEFAULT_QUERY);
    await run.click();
    await expect.poll(() => result.innerText(), { timeout: 15_000, interval: 100 }).toContain('"totalCount"');
    expect(await result.innerText()).not.toContain('"errors"');
    await page.screenshot({ path: SCREENSHOT_DEFAULT });

    // Set the query through the editor's own API (typing it key by key would fight CodeMirror's
    // bracket and quote auto-closing), then type into it so the keyboard path is exercised too.
    const query = '{ article(id: "cnn/sample") { id source } }';
    await editor.evaluate((el: any, q: string) => el.CodeMirror.setValue(q), query);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ');
    expect((await editor.evaluate((el: any) => el.CodeMirror.getValue() as string)).trim()).toBe(query);

    await run.click();
    await expect
      .poll(() => result.innerText(), { timeout: 15_000, interval: 100 })
      .toContain('"source": "CNN"');
    const shown = await result.innerText();
    expect(shown).toContain('"id": "cnn/sample"');
    expect(shown).not.toContain('"errors"');

    await page.screenshot({ path: SCREENSHOT });
    expect(pageErrors).toEqual([]);
  });

  it('requested nothing from any host but the test server (works offline)', () => {
    expect(requested.length).toBeGreaterThan(0);
    // The page, its scripts and styles, and the GraphQL calls (introspection + our query).
    expect(requested.some((u) => u.startsWith(`${origin}/graphiql/assets/`))).toBe(true);
    expect(requested.filter((u) => u === `${origin}/graphql`).length).toBeGreaterThanOrEqual(2);
    // data: URLs (fonts and icons inlined in the CSS) are not network requests; allow them.
    const foreign = requested.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(foreign).toEqual([]);
  });
});
