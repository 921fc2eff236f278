/**
 * `npm run --silent evaluate -- case.json [more.json | folder ...] [--as-of YYYY-MM-DD] [--lang en|ja|ja-easy]`
 * One file: prints its result as JSON. Several files or a folder: one line per file, {"file","result"}.
 * Bad input: a one-line, field-named message per file on stderr and exit code 1; never a stack trace.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../case/parse';
import { isIsoDate } from '../case/dates';
import type { CaseProblem } from '../case/issues';
import { checkCoverage, evaluate } from '../engine';
import en from '../../locales/en/errors.json';
import ja from '../../locales/ja/errors.json';
import easy from '../../locales/ja-easy/errors.json';
import { parseRuby } from '../i18n/markup';

type Messages = Record<string, string>;

/** やさしい日本語 in a terminal, which has no ruby: each reading in brackets after its word, 漢字（かんじ）. */
function withBracketedReadings(m: Messages): Messages {
  const plain = (text: string) => parseRuby(text).map((s) => (typeof s === 'string' ? s : `${s.base}（${s.reading}）`)).join('');
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, plain(v)]));
}

const MESSAGES: Record<string, Messages> = { en: en.case, ja: ja.case, 'ja-easy': withBracketedReadings(easy.case) };

/** Today's date in Japan, the default asOf when a case has none. */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function message(lang: Messages, key: string, params: Record<string, string | number>): string {
  const text = lang[key] ?? lang.invalid!;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

function describeProblems(lang: Messages, problems: CaseProblem[]): string {
  return problems.map((p) => message(lang, p.key, { ...p.params, field: p.field || 'case' })).join(' ');
}

class InputError extends Error {}

function expandPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      throw new InputError(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : 'cannot be read'}`);
    }
    if (!st.isDirectory()) return [p];
    return readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f));
  });
}

/** Evaluates one file; returns the result or throws InputError with a one-line message. */
function evaluateFile(file: string, lang: Messages, asOfOverride?: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: ${message(lang, 'read', { detail: (e as Error).message.split('\n')[0]! })}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: ${message(lang, 'json', { detail: (e as Error).message.split('\n')[0]! })}`);
  }
  // Test fixtures wrap the case as { title, case, expect }.
  if (json && typeof json === 'object' && !Array.isArray(json) && !('format' in json) && 'case' in json) json = (json as { case: unknown }).case;
  const parsed = parseCase(json, { today: asOfOverride ?? todayInJapan() });
  if (!parsed.ok) throw new InputError(`${file}: ${describeProblems(lang, parsed.problems)}`);
  const asOf = asOfOverride ?? parsed.case.asOf ?? todayInJapan();
  const out = checkCoverage(asOf);
  if (out) throw new InputError(`${file}: ${message(lang, 'out-of-coverage', { asOf, ...out })}`);
  return evaluate(parsed.case, { asOf });
}

function main(argv: string[]): number {
  const files: string[] = [];
  let asOf: string | undefined;
  let langName = 'en';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--as-of') asOf = argv[++i];
    else if (a === '--lang') langName = argv[++i] ?? '';
    else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: npm run --silent evaluate -- case.json [more.json | folder ...] [--as-of YYYY-MM-DD] [--lang en|ja|ja-easy]\n');
      return 0;
    } else if (a.startsWith('-')) {
      process.stderr.write(`unknown option ${a} (see --help)\n`);
      return 2;
    } else files.push(a);
  }
  const lang = MESSAGES[langName];
  if (!lang) {
    process.stderr.write(`--lang must be one of ${Object.keys(MESSAGES).join(', ')} (got ${langName})\n`);
    return 2;
  }
  if (asOf !== undefined && !isIsoDate(asOf)) {
    process.stderr.write(`--as-of: ${message(lang, 'date', { field: 'asOf', got: JSON.stringify(asOf) })}\n`);
    return 2;
  }
  if (!files.length) {
    process.stderr.write('no case file given (see --help)\n');
    return 2;
  }
  let paths: string[];
  try {
    paths = expandPaths(files);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  const single = paths.length === 1 && files.length === 1 && !statSync(files[0]!).isDirectory();
  let failed = 0;
  for (const file of paths) {
    try {
      const result = evaluateFile(file, lang, asOf);
      process.stdout.write(single ? `${JSON.stringify(result, null, 2)}\n` : `${JSON.stringify({ file, result })}\n`);
    } catch (e) {
      failed++;
      const msg = e instanceof InputError ? e.message : `${file}: unexpected error: ${(e as Error).message}`;
      process.stderr.write(`${msg.replace(/\s*\n\s*/g, ' ')}\n`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
