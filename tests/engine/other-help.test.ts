/**
 * Other help besides the municipality (issue 15, rules/help.ts): ハローワーク's disability section, なかぽつ and the
 * 地域障害者職業センター, each named where the answers call for it, cited, with where its official list is
 * (not found: "ask the municipality"); and the 6% rule of a 指定都市 in the copay reasons [7.8].
 */
import { describe, expect, it } from 'vitest';
import type { Case, Result } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { baseCase } from '../support/cases';

const run = (over: Partial<Case>): Result => evaluate(baseCase(over), { asOf: '2026-11-22' });
const help = (over: Partial<Case>) => (run(over).otherHelp ?? []).map((h) => [h.params?.contact, h.variant]);

describe('other help', () => {
  it('not working: ハローワーク for the job search', () => {
    expect(help({})).toEqual([['hello-work', 'job-search']]);
  });

  it('a student in the final year: ハローワーク; not in the final year (or not answered): none', () => {
    expect(help({ work: { status: 'student', finalYear: true } })).toEqual([['hello-work', 'job-search']]);
    expect(help({ work: { status: 'student', finalYear: false } })).toEqual([]);
    expect(help({ work: { status: 'student' } })).toEqual([]);
  });

  it('on leave: the 地域障害者職業センター for リワーク支援', () => {
    expect(help({ work: { status: 'on-leave', experience: true } })).toEqual([['vocational-center', 'rework']]);
  });

  it('working with 就労定着支援 open: ハローワーク, なかぽつ for after it ends, the centre for ジョブコーチ', () => {
    expect(help({ work: { status: 'working', startedOn: '2026-07-15', viaService: 'employment-transition' } })).toEqual([
      ['hello-work', 'working'],
      ['nakapotsu', 'after-retention'],
      ['vocational-center', 'job-coach'],
    ]);
  });

  it('working without 定着支援 (no welfare service before the job): なかぽつ for work and life', () => {
    const h = help({ work: { status: 'working', startedOn: '2026-07-15', viaService: 'none' } });
    expect(h).toContainEqual(['nakapotsu', 'working']);
  });

  it('the work status not answered: none (unknown is not a situation)', () => {
    const { work: _, ...rest } = baseCase();
    expect(evaluate(rest as Case, { asOf: '2026-11-22' }).otherHelp).toBeUndefined();
  });

  it('each is an info reason with an official source, and says to ask the municipality for the nearest one (no list found)', () => {
    const r = run({ work: { status: 'working', startedOn: '2026-07-15', viaService: 'employment-transition' } });
    for (const h of r.otherHelp!) {
      expect(h.status).toBe('info');
      expect(h.rule).toMatch(/^help\./);
      expect(h.params?.list).toBe('ask');
      expect(h.sources.some((s) => s.kind === 'official')).toBe(true);
      expect(JSON.stringify(h)).not.toMatch(/\d+か所|\d+箇所/); // no counts of offices [11.7]
    }
  });
});

describe('the 指定都市 rule in the copay reasons [7.8]', () => {
  const taxBasis = (municipality?: string) =>
    run({
      ...(municipality ? { municipality } : {}),
      household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' },
    }).copay.reasons.find((r) => r.rule === 'copay.tax-basis')!;

  it('no municipality: the general wording (no variant)', () => {
    expect(taxBasis().variant).toBeUndefined();
  });

  it('a 指定都市, or one of its wards: the 指定都市 wording, naming the city with its reading', () => {
    expect(taxBasis('141003')).toMatchObject({ variant: 'designated', params: { place: '横浜市', placeKana: 'よこはまし', cityRate: 8, standardRate: 6 } });
    expect(taxBasis('011011')).toMatchObject({ variant: 'designated', params: { place: '札幌市', placeKana: 'さっぽろし' } });
  });

  it('another municipality: the wording without the 指定都市 rule', () => {
    expect(taxBasis('131016').variant).toBe('other');
    expect(taxBasis('472158').variant).toBe('other');
  });

  it('cites the municipal page that states the 6% rule (堺市) and the pay estimate does too', () => {
    expect(taxBasis('141003').sources.map((s) => s.id)).toContain('sakai-copay');
    const est = run({ household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 5_000_000 } } }).copay.reasons.find(
      (r) => r.rule === 'copay.income-levy-estimate',
    )!;
    expect(est.sources.map((s) => s.id)).toContain('sakai-copay');
  });
});
