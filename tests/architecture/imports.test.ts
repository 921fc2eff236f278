/**
 * The dependency direction of ../shared/design/architecture.md ("What may import what"), enforced: every import
 * specifier under src/ (static, re-export, dynamic import()) is mapped to a top-level area or a package and
 * checked against what the importing area may use. Dependency-free: a regex scan, no TypeScript API.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files';

const SRC = resolve(__dirname, '../../src');
const ROOT = resolve(SRC, '..');

/** Area → areas or packages ("pkg:…") it may import besides itself. An area missing here fails the test. */
const ALLOWED: Record<string, string[]> = {
  case: ['pkg:zod', 'municipalities'],
  // Open data (names, codes, official sites): imports nothing.
  municipalities: [],
  rules: ['case', 'pkg:zod', 'pkg:@holiday-jp/holiday_jp'],
  engine: ['case', 'rules', 'municipalities'],
  // No i18next: src/i18n/lookup.ts is the one reader of the locale files (docs/decisions/007).
  i18n: ['locales', 'pkg:@preact/signals', 'pkg:preact'],
  storage: ['case'],
  pwa: ['pkg:virtual:pwa-register', 'pkg:workbox-window', 'pkg:preact', 'pkg:@preact/signals'],
  ui: ['pkg:preact', 'pkg:@preact/signals'],
  state: ['case', 'engine', 'storage', 'pkg:@preact/signals', 'pkg:preact'],
  // The wizard reads rule values for its "is this question needed" predicates (law only in src/rules), from the
  // zod-free rule modules: law-literals.test.ts keeps ages and dates out of the wizard itself.
  wizard: ['ui', 'i18n', 'state', 'case', 'rules', 'municipalities', 'pkg:preact', 'pkg:@preact/signals'],
  results: ['ui', 'i18n', 'state', 'case', 'pkg:preact', 'pkg:@preact/signals'],
  // Views over the results: they read results' formatting and the wizard's questions, and decide nothing.
  whatif: ['ui', 'i18n', 'state', 'case', 'wizard', 'results', 'pkg:preact', 'pkg:@preact/signals'],
  handout: ['ui', 'i18n', 'state', 'case', 'wizard', 'results', 'share', 'pkg:preact', 'pkg:@preact/signals'],
  share: ['ui', 'i18n', 'state', 'case', 'wizard', 'pkg:preact', 'pkg:@preact/signals', 'pkg:lean-qr'],
  app: ['ui', 'i18n', 'state', 'case', 'wizard', 'results', 'whatif', 'handout', 'share', 'pwa', 'storage', 'styles', 'pkg:preact', 'pkg:@preact/signals'],
  cli: ['case', 'engine', 'rules', 'locales', 'i18n', 'pkg:node'],
  sw: ['pkg:workbox-precaching', 'pkg:workbox-routing', 'pkg:workbox-core', 'pkg:workbox-strategies'],
  styles: [],
  main: ['app', 'i18n', 'pwa', 'state', 'styles', 'pkg:preact', 'pkg:@preact/signals'],
};

// import x from 's' · import 's' · import type {…} from 's' · export * from 's' · import('s') · import(`s/${x}`)
const IMPORT = /(?:^|[^\w.$])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*(?:['"]([^'"]+)['"]|`([^`$]*))/g;

/** Every import specifier in a source text (a template literal gives its static prefix). */
export function specifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** Specifiers imported at run time by a static import or export (not `import type`, not `import()`). */
function staticSpecifiers(source: string): string[] {
  return [...source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** The top-level area of a path under src/ ("engine", "main" for src/main.tsx), or the root folder outside src/. */
function areaOf(abs: string): string {
  const rel = relative(SRC, abs);
  if (rel.startsWith('..')) return relative(ROOT, abs).split(/[\\/]/)[0]!;
  return rel.split(/[\\/]/)[0]!.replace(/\.(tsx?|css|json)$/, '');
}

/** The area a specifier points to: a src/ area, a root folder such as "locales", or "pkg:<package>". */
export function target(spec: string, fromFile: string): string {
  if (spec.startsWith('.')) return areaOf(resolve(dirname(fromFile), spec));
  if (spec.startsWith('/')) return areaOf(join(ROOT, spec));
  if (spec.startsWith('node:')) return 'pkg:node';
  const parts = spec.split('/');
  return `pkg:${spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
}

/** The forbidden imports in one file, as readable lines (empty = fine). */
export function violations(file: string, source: string): string[] {
  const area = areaOf(file);
  const allowed = ALLOWED[area];
  if (!allowed) return [`${relative(ROOT, file)}: area "${area}" is not in the dependency table`];
  return specifiers(source)
    .map((s) => [s, target(s, file)] as const)
    .filter(([, t]) => t !== area && !allowed.includes(t))
    .map(([s, t]) => `${relative(ROOT, file)} (${area}) imports ${s} (${t})`);
}

/** Reading the clock: Date.now(), new Date() or new Date without arguments, Date() as a function. */
const CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|\bnew\s+Date\b(?!\s*\()|(?<![\w.])Date\s*\(\s*\)/;

describe('architecture', () => {
  const files = tsFiles(SRC).filter((f) => !f.endsWith('.d.ts'));

  it('finds the source files', () => {
    expect(files.some((f) => f.includes(`${join('src', 'engine')}`))).toBe(true);
  });

  it('every import under src/ follows the dependency direction', () => {
    expect(files.flatMap((f) => violations(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the wizard reads rules only from zod-free rule modules (the first page loads no schema or citations)', () => {
    // rules/index.ts, schema.ts and sources.ts would bring zod and every citation onto the first question's path.
    // Only rule.ts (valueAt) and the generated, citation-free wizard-values.ts: a rule module carries every source
    // quote and description, too much for the first question's budget.
    const light = /(^|\/)rules\/(rule|wizard-values)$/;
    const bad = files
      .filter((f) => areaOf(f) === 'wizard')
      .flatMap((f) =>
        specifiers(readFileSync(f, 'utf8'))
          .filter((s) => target(s, f) === 'rules' && !light.test(s))
          .map((s) => `${relative(ROOT, f)} imports ${s}`),
      );
    expect(bad).toEqual([]);
    // And a rule module itself imports nothing at run time but rule.ts (types are erased).
    const ruleModules = files.filter((f) => areaOf(f) === 'rules' && !/[\\/](index|schema|sources|citations|office-days|rule)\.ts$/.test(f));
    const runtime = (src: string) =>
      src
        .split('\n')
        .filter((l) => /^import\s(?!type\b)/.test(l))
        .flatMap((l) => specifiers(l));
    expect(
      ruleModules.flatMap((f) =>
        runtime(readFileSync(f, 'utf8'))
          .filter((s) => s !== './rule')
          .map((s) => `${relative(ROOT, f)} imports ${s}`),
      ),
    ).toEqual([]);
  });

  it("the wizard loads the municipalities (data.json, ~41 KiB gzip) by import() only, never on the first page's path", () => {
    const bad = files
      .filter((f) => areaOf(f) === 'wizard')
      .flatMap((f) =>
        staticSpecifiers(readFileSync(f, 'utf8'))
          .filter((s) => target(s, f) === 'municipalities')
          .map((s) => `${relative(ROOT, f)} imports ${s}`),
      );
    expect(bad).toEqual([]);
    // Control: a static import is caught, a dynamic import() and a type-only import are not.
    expect(staticSpecifiers("import {\n  allPlaces,\n} from '../municipalities/lookup';")).toEqual(['../municipalities/lookup']);
    expect(staticSpecifiers("export { x } from '../municipalities/places';\nimport '../municipalities/data.json';")).toHaveLength(2);
    expect(staticSpecifiers("import type { Place } from '../municipalities/lookup';\nconst m = await import('../municipalities/places');")).toEqual([]);
  });

  it('the engine reads no clock: asOf is always passed in', () => {
    const bad = files.filter((f) => areaOf(f) === 'engine' && CLOCK.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('negative control: the clock check catches each way to read the clock', () => {
    for (const bad of ['Date.now()', 'const d = new Date();', 'new Date;', 'String(Date())']) expect(CLOCK.test(bad), bad).toBe(true);
    for (const ok of ["new Date('2025-10-01T00:00:00Z')", 'new Date(Date.UTC(y, m, d))', 'parseDate(s)', 'isoDate()']) expect(CLOCK.test(ok), ok).toBe(false);
  });

  it('negative control: the scanner catches forbidden imports of every form', () => {
    const engineFile = join(SRC, 'engine', 'x.ts');
    const source = [
      "import { h } from 'preact';",
      "import type { TFunction } from 'i18next';",
      "export * from '../i18n/index';",
      "import '../storage';",
      'const m = await import("../../locales/ja/common.json");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text for the scanner, not a template
      'const l = await import(`../../locales/${lang}/results.json`);',
      "import {\n  valueAt,\n} from '../rules';",
      "import { parseCase } from '../case/parse';",
    ].join('\n');
    expect(violations(engineFile, source)).toEqual([
      'src/engine/x.ts (engine) imports preact (pkg:preact)',
      'src/engine/x.ts (engine) imports i18next (pkg:i18next)',
      'src/engine/x.ts (engine) imports ../i18n/index (i18n)',
      'src/engine/x.ts (engine) imports ../storage (storage)',
      'src/engine/x.ts (engine) imports ../../locales/ja/common.json (locales)',
      'src/engine/x.ts (engine) imports ../../locales/ (locales)',
    ]);
    expect(violations(join(SRC, 'results', 'Card.tsx'), "import { evaluate } from '../engine';")).toHaveLength(1);
    expect(violations(join(SRC, 'ui', 'Radios.tsx'), "import { t } from '../i18n';")).toHaveLength(1);
    expect(violations(join(SRC, 'case', 'schema.ts'), "import { z } from 'zod/mini';")).toEqual([]);
    expect(violations(join(SRC, 'newarea', 'x.ts'), '')).toEqual(['src/newarea/x.ts: area "newarea" is not in the dependency table']);
  });

  it('the engine config has no DOM or Node types, so a browser global there is a type error', () => {
    const cfg = JSON.parse(readFileSync(join(SRC, 'engine', 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] };
      include: string[];
    };
    expect(cfg.compilerOptions.lib.some((l) => /dom|webworker/i.test(l))).toBe(false);
    expect(cfg.compilerOptions.types).toEqual([]);
    expect(cfg.include).toEqual(expect.arrayContaining(['../rules/**/*.ts', '../case/**/*.ts']));

    // Control: compile one file that touches window, localStorage and process under the engine's options.
    const dir = mkdtempSync(join(tmpdir(), 'engine-probe-'));
    try {
      writeFileSync(join(dir, 'probe.ts'), 'export const a = window.location.href;\nexport const b = localStorage.length;\nexport const c = process.env;\n');
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(SRC, 'engine', 'tsconfig.json'), include: [], files: ['probe.ts'] }));
      const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', dir], { encoding: 'utf8' });
      for (const name of ['window', 'localStorage', 'process']) expect(r.stdout).toContain(`Cannot find name '${name}'`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
