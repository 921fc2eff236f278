/** Shared set-up for the results views' tests: real results from the engine, rendered with real locales. */
import { render, type RenderResult } from '@testing-library/preact';
import { vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../../src/case/parse';
import type { Case, Result } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { initI18n, loadAllNamespaces, setLanguage } from '../../src/i18n';
import { Results } from '../../src/results/Results';
import { SHARED_CASES_DIR } from '../support/cases';

export const AS_OF = '2026-11-22';

/** A shared example case (../shared/cases/<name>.json), evaluated on its own asOf. */
export function sharedResult(name: string): Result {
  const j = JSON.parse(readFileSync(join(SHARED_CASES_DIR, `${name}.json`), 'utf8')) as { case: Case };
  return resultOf(j.case);
}

/** Evaluates a case given as a partial (format and asOf filled in). */
export function resultOf(c: Partial<Case>): Result {
  const parsed = parseCase({ format: 'shuro-check/case@1', asOf: AS_OF, ...c });
  if (!parsed.ok) throw new Error(`bad test case: ${JSON.stringify(parsed)}`);
  return evaluate(parsed.case, { asOf: parsed.case.asOf ?? AS_OF });
}

/** Switches the app's i18n to `lang` with every namespace loaded (results, reasons and timeline are lazy). */
export async function useLanguage(lang: string): Promise<void> {
  await initI18n(lang);
  await setLanguage(lang);
  await loadAllNamespaces();
}

export interface Rendered extends RenderResult {
  onChangeAnswer: ReturnType<typeof vi.fn>;
  onEditAnswers: ReturnType<typeof vi.fn>;
  onRestart: ReturnType<typeof vi.fn>;
}

export async function renderResults(result: Result, lang = 'ja'): Promise<Rendered> {
  await useLanguage(lang);
  const onChangeAnswer = vi.fn();
  const onEditAnswers = vi.fn();
  const onRestart = vi.fn();
  const view = render(<Results result={result} onChangeAnswer={onChangeAnswer} onEditAnswers={onEditAnswers} onRestart={onRestart} />);
  return { ...view, onChangeAnswer, onEditAnswers, onRestart };
}
