/**
 * The dependency direction of ../shared/design/architecture.md, enforced: every import specifier under src/
 * is resolved to a top-level area and checked against what that area may import.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');
const ROOT = resolve(SRC, '..');

/** Area → areas or packages it may import (its own area always allowed). "pkg:" entries are bare packages. */
const ALLOWED: Record<string, string[]> = {
  case: ['pkg:zod'],
  rules: ['case', 'pkg:zod'],
  engine: ['case', 'rules'],
  i18n: ['locales', 'pkg:i18next', 'pkg:@preact/signals', 'pkg:preact'],
  storage: ['case'],
  pwa: ['pkg:virtual:pwa-register', 'pkg:workbox-window', 'pkg:preact', 'pkg:@preact/signals'],
  ui: ['pkg:preact', 'pkg:@preact/signals'],
  state: ['case', 'engine', 'storage', 'pkg:@preact/signals', 'pkg:preact'],
  wizard: ['ui', 'i18n', 'state', 'case', 'pkg:preact', 'pkg:@preact/signals'],
  results: ['ui', 'i18n', 'state', 'case', 'pkg:preact', 'pkg:@preact/signals'],
  app: ['ui', 'i18n', 'state', 'case', 'wizard', 'results', 'pwa', 'storage', 'styles', 'pkg:preact', 'pkg:@preact/signals'],
  cli: ['case', 'engine', 'rules', 'locales', 'pkg:node'],
  styles: [],
  main: ['app', 'i18n', 'pwa', 'state', 'styles', 'pkg:preact', 'pkg:@preact/signals'],
};

const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function specifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

function areaOfFile(file: string): string {
  const rel = relative(SRC, file);
  const first = rel.split(/[\\/]/)[0]!;
  return first.replace(/\.(tsx?|css)$/, '');
}

/** The area a specifier points to: a src/ area, "locales", or "pkg:<package>". */
export function target(spec: string, fromFile: string): string {
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const abs = spec.startsWith('/') ? join(ROOT, spec) : resolve(dirname(fromFile), spec);
    const rel = relative(SRC, abs);
    if (!rel.startsWith('..')) return rel.split(/[\\/]/)[0]!.replace(/\.(tsx?|css)$/, '');
    const top = relative(ROOT, abs).split(/[\\/]/)[0]!;
    return top;
  }
  if (spec.startsWith('node:')) return 'pkg:node';
  const parts = spec.split('/');
  return `pkg:${spec.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

export function violations(area: string, file: string, source: string): string[] {
  const allowed = ALLOWED[area];
  if (!allowed) return [`${relative(ROOT, file)}: area "${area}" is not in the dependency table`];
  return specifiers(source)
    .map((s) => [s, target(s, file)] as const)
    .filter(([, t]) => t !== area && !allowed.includes(t) && !(t === 'pkg:zod' && allowed.includes('pkg:zod')))
    .map(([s, t]) => `${relative(ROOT, file)} (${area}) imports ${s} (${t})`);
}

describe('architecture', () => {
  it('every import under src/ follows the dependency direction', () => {
    const bad = files(SRC).flatMap((f) => violations(areaOfFile(f), f, readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('the engine reads no clock: asOf is always passed in', () => {
    const bad = files(join(SRC, 'engine')).filter((f) => /Date\.now\(|new Date\(\s*\)/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });

  it('detects a forbidden import (negative control)', () => {
    const fake = join(SRC, 'engine', 'x.ts');
    expect(violations('engine', fake, "import { h } from 'preact';\nimport { t } from '../i18n';")).toEqual([
      "src/engine/x.ts (engine) imports preact (pkg:preact)",
      "src/engine/x.ts (engine) imports ../i18n (i18n)",
    ]);
    expect(violations('results', join(SRC, 'results', 'x.tsx'), "import { evaluate } from '../engine';")).toHaveLength(1);
    expect(violations('engine', fake, "import { valueAt } from '../rules';")).toEqual([]);
  });
});
