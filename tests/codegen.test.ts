// The generated resolver types must match what codegen makes from schema/ today: a schema change
// without `npm run codegen` fails here (and in `npm run codegen:check`).
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

describe('generated types', () => {
  it('are up to date with the schema', async () => {
    const outputs = await generate({ ...config, cwd: process.cwd(), silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const onDisk = readFileSync(out.filename, 'utf8');
      expect(onDisk, `${out.filename} is stale: run npm run codegen`).toBe(out.content);
    }
  });
});
