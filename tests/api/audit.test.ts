// The GraphQL-over-HTTP audit suite of `graphql-http` against the real server. Every audit runs
// once (in order, in `beforeAll`); each gets its own test. Audits the server answers differently
// by design are listed in KNOWN_DEVIATIONS with the reason, asserted to still fail exactly that
// way (so the list stays true), and printed; docs/graphql-http-audits.md holds the same list.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const DOC = fileURLToPath(new URL('../../docs/graphql-http-audits.md', import.meta.url));

interface Deviation {
  /** The audit's id in graphql-http (names are what the map is keyed by; ids are shown in the doc). */
  id: string;
  /** What the audit reports, and the HTTP status, `extensions.code` and message the server answers with. */
  outcome: { status: 'warn' | 'notice'; httpStatus: number; code: string; message: RegExp };
  reason: string;
}

const CSRF =
  '`csrfPrevention: true` rejects a GET with neither a non-simple content-type nor an `apollo-require-preflight` / ' +
  '`x-apollo-operation-name` header (a browser can send such a GET cross-site without a preflight); the audit sends a bare GET.';
const STATUS_400 =
  'Apollo Server answers request errors with 400 whatever the client accepts; the spec asks for 200 only for legacy ' +
  '`application/json` responses (the graphql-response+json twins 556A, 74FF, 86EE pass).';

const KNOWN_DEVIATIONS: Record<string, Deviation> = {
  'MAY accept application/x-www-form-urlencoded formatted GET requests': {
    id: '5A70',
    outcome: { status: 'notice', httpStatus: 400, code: 'BAD_REQUEST', message: /Cross-Site Request Forgery/ },
    reason: CSRF,
  },
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json': {
    id: 'D6D5',
    outcome: { status: 'notice', httpStatus: 400, code: 'BAD_REQUEST', message: /Cross-Site Request Forgery/ },
    reason: CSRF,
  },
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json': {
    id: '6A70',
    outcome: { status: 'notice', httpStatus: 400, code: 'BAD_REQUEST', message: /Cross-Site Request Forgery/ },
    reason: CSRF,
  },
  'SHOULD use 200 status code on document parsing failure when accepting application/json': {
    id: '572B',
    outcome: { status: 'warn', httpStatus: 400, code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error/ },
    reason: STATUS_400,
  },
  'SHOULD use 200 status code on document validation failure when accepting application/json': {
    id: 'FDE2',
    outcome: { status: 'warn', httpStatus: 400, code: 'GRAPHQL_PARSE_FAILED', message: /^Syntax Error: Invalid number/ },
    reason: `${STATUS_400} Its document \`{ 8f31403dfe404bccbb0e835f2629c6a7 }\` does not even parse (a name cannot start with a digit).`,
  },
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': {
    id: '7B9B',
    outcome: { status: 'warn', httpStatus: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Variable "\$id" is never used/ },
    reason: `${STATUS_400} Its document never uses \`$id\`, so it fails validation before coercion (a real coercion failure: 400 BAD_USER_INPUT).`,
  },
};

let t: TestServer;
// The audits take the URL lazily, so the list exists when the tests are collected.
const audits = serverAudits({ url: () => t.app.url, fetchFn: fetch });
const results = new Map<string, { result?: AuditResult; thrown?: unknown; ms: number }>();

beforeAll(async () => {
  t = await startTestServer(FIXTURES);
  for (const audit of audits) {
    const started = performance.now();
    try {
      const result = await audit.fn();
      results.set(audit.id, { result, ms: performance.now() - started });
    } catch (thrown) {
      results.set(audit.id, { thrown, ms: performance.now() - started });
    }
  }
});
afterAll(async () => {
  await t?.app.stop();
});

function resultOf(id: string): AuditResult {
  const run = results.get(id);
  if (!run || run.thrown) throw new Error(`audit ${id} did not run: ${String(run?.thrown)}`);
  return run.result!;
}

describe('graphql-http server audits', () => {
  for (const audit of audits) {
    const known = KNOWN_DEVIATIONS[audit.name];
    if (known) {
      it(`${audit.id} ${audit.name} — known deviation`, async () => {
        const result = resultOf(audit.id);
        console.log(`[audit] ${audit.id} ${result.status} (known): ${audit.name}\n        why: ${known.reason}`);
        expect(audit.id).toBe(known.id);
        expect(result.status).toBe(known.outcome.status);
        if (result.status === 'ok') return;
        expect(result.response.status).toBe(known.outcome.httpStatus);
        const body = (await result.response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        expect(body.errors?.[0]?.extensions?.code).toBe(known.outcome.code);
        expect(body.errors?.[0]?.message).toMatch(known.outcome.message);
      });
    } else {
      it(`${audit.id} ${audit.name}`, () => {
        const run = results.get(audit.id);
        const result = resultOf(audit.id);
        const reason = result.status === 'ok' ? '' : ` — ${result.reason}`;
        console.log(`[audit] ${audit.id} ${result.status} in ${run!.ms.toFixed(1)} ms: ${audit.name}${reason}`);
        expect(result.status, reason).not.toBe('error');
      });
    }
  }

  it('the known deviations are exactly the audits that do not pass, and the doc lists them', () => {
    const names = new Set(audits.map((a) => a.name));
    for (const name of Object.keys(KNOWN_DEVIATIONS)) expect(names, `no audit named "${name}" any more`).toContain(name);
    const notOk = audits.filter((a) => results.get(a.id)?.result?.status !== 'ok').map((a) => a.name);
    expect(notOk.sort()).toEqual(Object.keys(KNOWN_DEVIATIONS).sort());

    const doc = readFileSync(DOC, 'utf8');
    for (const [name, { id }] of Object.entries(KNOWN_DEVIATIONS)) {
      expect(doc, `docs/graphql-http-audits.md should list ${id}`).toContain(`${id}`);
      expect(doc, `docs/graphql-http-audits.md should list "${name}"`).toContain(name);
    }
    console.log(`[audit] ${audits.length} audits: ${audits.length - notOk.length} ok, ${notOk.length} known deviations`);
  });
});
