/**
 * Hostile saved state: random text, truncated saves, random values in random places, and oversized data.
 * load() must never throw, never invent an answer, keep every answer that still validates, and keep the
 * original text aside whenever it could not use all of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse';
import { createStore, leaves, STATE_KEY, UNREADABLE_KEY } from '../../src/storage';
import { caseReader } from '../../src/case/reader';
import { arbCase } from '../support/arbitraries';
import { memoryBackend } from '../ui/harness';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

const stateText = (c: unknown) => JSON.stringify({ v: 1, case: c, step: 'assessed', visited: ['age'], savedAt: '2026-11-22T00:00:00.000Z' });

function loadRaw(raw: string) {
  const backend = memoryBackend({ [STATE_KEY]: raw });
  const result = createStore(() => backend).load(caseReader);
  return { result, backend };
}

/** A result is usable: kind ok/repaired, and its case is a valid case. */
function expectUsable(result: ReturnType<typeof loadRaw>['result']) {
  expect(['ok', 'repaired']).toContain(result.kind);
  if (result.kind === 'empty' || result.kind === 'read-failed') return;
  expect(parseCase(result.state.case).ok).toBe(true);
}

describe('the saved-state loader under hostile input', () => {
  it('any text at all: never throws, always usable; what it cannot use fully is kept aside verbatim', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const { result, backend } = loadRaw(raw);
          expectUsable(result);
          if (result.kind === 'repaired') {
            expect(result.rawKept).toBe(true);
            expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
          }
        },
      ),
      RUNS,
    );
  });

  it('a valid save cut off anywhere: never throws, and nothing typed is lost (kept aside when not read)', () => {
    fc.assert(
      fc.property(arbCase, fc.double({ min: 0, max: 1, noNaN: true }), (c, at) => {
        const full = stateText(c);
        const raw = full.slice(0, Math.floor(full.length * at));
        const { result, backend } = loadRaw(raw);
        expectUsable(result);
        if (result.kind !== 'ok') expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
      }),
      RUNS,
    );
  });

  it('random values at random places: every answer kept is one the person gave, and every one dropped is named', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(arbCase, fc.array(fc.tuple(fc.nat(), junk), { maxLength: 4 }), (c, hits) => {
        const paths = leaves(c)
          .map(([p]) => p)
          .filter((p) => p !== 'format');
        const damaged = structuredClone(c) as Record<string, unknown>;
        for (const [i, value] of hits) {
          if (!paths.length) break;
          const keys = paths[i % paths.length]!.split('.');
          let o = damaged;
          for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
          o[keys.at(-1)!] = value;
        }
        const { result } = loadRaw(stateText(damaged));
        expectUsable(result);
        if (result.kind === 'empty' || result.kind === 'read-failed') return;
        const given = new Map(leaves(damaged).map(([p, v]) => [p, JSON.stringify(v)]));
        for (const [p, v] of leaves(result.state.case)) expect(JSON.stringify(v), p).toBe(given.get(p));
        if (result.kind === 'repaired' && result.problem === 'fields') {
          const kept = new Set(leaves(result.state.case).map(([p]) => p));
          for (const [p] of leaves(damaged))
            if (!kept.has(p) && p !== 'format') expect(result.dropped.some((d) => p === d || p.startsWith(`${d}.`))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a multi-megabyte save is dealt with quickly and does not hang the page', () => {
    const big = `{"v":1,"case":{"format":"shuro-check/case@1","age":${'9'.repeat(4_000_000)}}}`;
    const t0 = performance.now();
    const { result } = loadRaw(big);
    expect(performance.now() - t0).toBeLessThan(1000);
    expectUsable(result);
    expect(result.kind).toBe('repaired');
  });
});
