/** Saved answers written by released builds are read back whole by this version (see tests/fixtures/saved-states). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseReader } from '../../src/case/reader';
import { createStore, STATE_KEY } from '../../src/storage';
import { memoryBackend } from '../ui/harness';

const DIR = 'tests/fixtures/saved-states';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { raw: string }] as const);

describe('saved states from earlier releases', () => {
  it('there are some to check', () => expect(fixtures.length).toBeGreaterThan(0));
  it.each(fixtures)('%s: read with every answer, the step and the visited questions', (_f, { raw }) => {
    const saved = JSON.parse(raw) as { case: unknown; step: string; visited: string[] };
    const result = createStore(() => memoryBackend({ [STATE_KEY]: raw })).load(caseReader);
    expect(result).toMatchObject({ kind: 'ok', state: { case: saved.case, step: saved.step, visited: saved.visited } });
  });
});
