/**
 * `npm run --silent evaluate -- case.json [more.json | folder | - ...] [--as-of YYYY-MM-DD] [--lang en|ja|ja-easy]`
 * One file: prints its result as JSON. Several files or a folder: one line per file, {"file","result"}.
 * "-" reads the case from standard input.
 * Bad input: a one-line, field-named message per file on stderr, every file still evaluated, and exit code 1;
 * never a stack trace. Every input is bounded (size, nesting, problems listed) and every message has its
 * control characters escaped, since a file's keys and values reach the terminal.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '../case/parse';
import { isIsoDate } from '../case/dates';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../case/json-depth';
import { checkCoverage, evaluate } from '../engine';
import { escapeControls, escapeJsonControls } from './escape';
import { describeProblems, message, MESSAGES, type Messages } from './messages';
import { MAX_INPUT_BYTES, readInput } from './read-input';

const USAGE = 'usage: npm run --silent evaluate -- case.json [more.json | folder | - ...] [--as-of YYYY-MM-DD] [--lang en|ja|ja-easy]';

/** Today's date in Japan, the default asOf when a case has none. */
function todayInJapan(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

type Outcome = { ok: true; result: unknown } | { ok: false; message: string };

const refused = (message: string): Outcome => ({ ok: false, message });

/** One input → its result, or a one-line message (without the file name). Never throws. */
async function evaluateInput(path: string, lang: Messages, asOfOverride?: string): Promise<Outcome> {
  const input = await readInput(path);
  if (!input.ok) {
    if (input.reason === 'too-large') return refused(message(lang, 'too-large', { max: `${MAX_INPUT_BYTES / 1024 / 1024} MB` }));
    if (input.reason === 'not-found') return refused(message(lang, 'not-found', {}));
    return refused(message(lang, 'read', { detail: input.detail }));
  }
  // Checked before parsing: a deeply nested file would otherwise overflow a stack in the parser or the schema.
  if (nestsDeeperThan(input.text, MAX_JSON_DEPTH)) return refused(message(lang, 'too-deep', { max: MAX_JSON_DEPTH }));
  let json: unknown;
  try {
    json = JSON.parse(input.text);
  } catch (e) {
    return refused(message(lang, 'json', { detail: (e as Error).message.split('\n')[0]! }));
  }
  // Test fixtures wrap the case as { title, case, expect }.
  if (json && typeof json === 'object' && !Array.isArray(json) && !('format' in json) && 'case' in json) json = (json as { case: unknown }).case;
  // --as-of stands for the case's own date: its dates are checked against it, as against a case's asOf.
  if (asOfOverride && json && typeof json === 'object' && !Array.isArray(json)) json = { ...json, asOf: asOfOverride };
  const today = todayInJapan();
  const parsed = parseCase(json, { today });
  if (!parsed.ok) return refused(describeProblems(lang, parsed.problems));
  const asOf = parsed.case.asOf ?? today;
  const out = checkCoverage(asOf);
  if (out) return refused(message(lang, 'out-of-coverage', { asOf, ...out }));
  try {
    return { ok: true, result: evaluate(parsed.case, { asOf }) };
  } catch (e) {
    return refused(message(lang, 'unexpected', { detail: String((e as Error)?.message ?? e).split('\n')[0]! }));
  }
}

/** The inputs named on the command line: a folder gives its .json files; anything else is read as it is. */
function expandPaths(paths: string[]): { path: string; emptyFolder?: true }[] {
  return paths.flatMap((p) => {
    if (p === '-') return [{ path: p }];
    try {
      if (statSync(p).isDirectory()) {
        const files = readdirSync(p)
          .filter((f) => f.endsWith('.json'))
          .sort();
        // A folder with nothing to read is said, not passed over in silence.
        return files.length ? files.map((f) => ({ path: join(p, f) })) : [{ path: p, emptyFolder: true as const }];
      }
    } catch {
      /* missing or unreadable: readInput says so, for this file only */
    }
    return [{ path: p }];
  });
}

interface Options {
  files: string[];
  asOf?: string;
  langName: string;
}

/** The arguments → options, or a usage error (exit 2). An option without its value is an error, not ignored. */
function parseArgs(argv: string[]): Options | { help: true } | { error: string } {
  const opts: Options = { files: [], langName: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i] : undefined);
    if (name === '--as-of' || name === '--lang') {
      const v = value();
      if (v === undefined || v === '') return { error: `${name} needs a value (see --help)` };
      if (name === '--as-of') opts.asOf = v;
      else opts.langName = v;
    } else if (a === '-h' || a === '--help') return { help: true };
    else if (a === '--') {
      opts.files.push(...argv.slice(i + 1));
      break;
    } else if (a !== '-' && a.startsWith('-')) return { error: `unknown option ${a} (see --help)` };
    else opts.files.push(a);
  }
  return opts;
}

const say = (stream: NodeJS.WriteStream, line: string) => stream.write(`${escapeControls(line.replace(/\s*\n\s*/g, ' '))}\n`);

async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if ('help' in opts) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if ('error' in opts) {
    say(process.stderr, opts.error);
    return 2;
  }
  const lang = MESSAGES[opts.langName];
  if (!lang) {
    say(process.stderr, `--lang must be one of ${Object.keys(MESSAGES).join(', ')} (got ${opts.langName})`);
    return 2;
  }
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) {
    say(process.stderr, `--as-of: ${message(lang, 'date', { field: 'asOf', got: JSON.stringify(opts.asOf) })}`);
    return 2;
  }
  if (!opts.files.length) {
    say(process.stderr, 'no case file given (see --help)');
    return 2;
  }
  const paths = expandPaths(opts.files);
  const single = paths.length === 1 && opts.files.length === 1 && paths[0]!.path === opts.files[0] && !paths[0]!.emptyFolder;
  let failed = 0;
  for (const { path: file, emptyFolder } of paths) {
    const out = emptyFolder ? refused(message(lang, 'empty-folder', {})) : await evaluateInput(file, lang, opts.asOf);
    const name = file === '-' ? '(stdin)' : file;
    if (out.ok) {
      const json = single ? JSON.stringify(out.result, null, 2) : JSON.stringify({ file: name, result: out.result });
      process.stdout.write(`${escapeJsonControls(json)}\n`);
    } else {
      failed++;
      say(process.stderr, `${name}: ${out.message}`);
    }
  }
  return failed ? 1 : 0;
}

// A reader that stops early (`… | head`) closes the pipe: that ends the run quietly, as for other Unix tools.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    // A bug of the CLI itself: still one line, never a stack trace.
    say(process.stderr, `unexpected error: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
    process.exitCode = 1;
  },
);
