/**
 * Finds law that leaked out of src/rules: with the TypeScript compiler's own parser (typescript/unstable/sync,
 * the same tsgo that typechecks), every literal in the scanned files is looked at where it stands in the tree.
 *
 *  - date: an ISO date or month in a string or template ('2027-04-01', '2027-04', `${y}-07-01`). Effective
 *    dates and switch-over days belong to a rule's `values`.
 *  - number: a numeric literal other than the few plain-arithmetic ones in ARITHMETIC (and an index such as
 *    `match[3]`). Ages (18, 65), months (24), yen (9300, 160000) and years (2027) are rule values; a view or the
 *    engine reads them from the rule.
 *  - rule-id: a string literal equal to a rule id (ALL_RULES). Code that needs a rule names its object
 *    (`transition.transitionAge.id`); a view never switches on one: the engine says which text applies.
 *
 * A line may opt out with `// not law: <why>` on the line itself or on the comment line just above, e.g.
 * `width: 12, // not law: input width in characters`. The reason is required (opt-out-without-reason), and an
 * opt-out on a line with nothing to excuse is reported too (unused-opt-out), so excuses do not pile up.
 */
import { API } from 'typescript/unstable/sync';
import { SyntaxKind, type Node, type SourceFile } from 'typescript/unstable/ast';

/** Numbers that are arithmetic or formatting, never a legal figure: identity, sign, halves, powers of ten. */
export const ARITHMETIC: ReadonlySet<number> = new Set([0, 1, 2, 10, 100, 1000]);

export type FindingKind = 'date' | 'number' | 'rule-id' | 'opt-out-without-reason' | 'unused-opt-out';

export interface Finding {
  /** Path relative to the scanned project's folder, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  kind: FindingKind;
  /** The literal as written (or the comment). */
  text: string;
}

const ISO_DATE_OR_MONTH = /\b\d{4}-\d{2}(?:-\d{2})?\b/;
/** A month-day after a substitution: `${y}-07-01`, `${y}-04`. */
const MONTH_DAY_PART = /^-\d{2}(?:-\d{2})?\b/;
const OPT_OUT = /\/\/\s*not law:(.*)$/;
/** A reason says something: at least two words. */
const REASON = /\S+\s+\S+/;

function lineOf(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

function isImportSpecifier(node: Node): boolean {
  const p = node.parent;
  return (
    p?.kind === SyntaxKind.ImportDeclaration ||
    p?.kind === SyntaxKind.ExportDeclaration ||
    p?.kind === SyntaxKind.ExternalModuleReference ||
    (p?.kind === SyntaxKind.CallExpression && (p as unknown as { expression: Node }).expression.kind === SyntaxKind.ImportKeyword)
  );
}

/** `match[3]`: a position in an array or a regex match is not a figure (the values it reads are checked where they are written). */
function isIndex(node: Node): boolean {
  const p = node.parent as unknown as { kind: SyntaxKind; argumentExpression?: Node };
  return p?.kind === SyntaxKind.ElementAccessExpression && p.argumentExpression === node;
}

/** The literal findings of one parsed file, before opt-outs are applied. */
function literalFindings(sf: SourceFile, file: string, ruleIds: ReadonlySet<string>): Finding[] {
  const text = sf.text;
  const starts = lineStarts(text);
  const out: Finding[] = [];
  const add = (node: Node, kind: FindingKind) => out.push({ file, line: lineOf(starts, node.getStart(sf)), kind, text: node.getText(sf) });

  const visit = (node: Node): void => {
    switch (node.kind) {
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral: {
        if (isImportSpecifier(node)) break;
        const value = (node as unknown as { text: string }).text;
        if (ruleIds.has(value)) add(node, 'rule-id');
        else if (ISO_DATE_OR_MONTH.test(value)) add(node, 'date');
        break;
      }
      case SyntaxKind.JsxText: {
        if (ISO_DATE_OR_MONTH.test((node as unknown as { text: string }).text)) add(node, 'date');
        break;
      }
      case SyntaxKind.TemplateHead:
      case SyntaxKind.TemplateMiddle:
      case SyntaxKind.TemplateTail: {
        const value = (node as unknown as { text: string }).text;
        const afterSubstitution = node.kind !== SyntaxKind.TemplateHead;
        if (ISO_DATE_OR_MONTH.test(value) || (afterSubstitution && MONTH_DAY_PART.test(value))) add(node, 'date');
        break;
      }
      case SyntaxKind.NumericLiteral: {
        const value = Number((node as unknown as { text: string }).text);
        if (!ARITHMETIC.has(value) && !isIndex(node)) add(node, 'number');
        break;
      }
    }
    node.forEachChild(visit);
  };
  visit(sf);
  return out;
}

/**
 * Applies `// not law: <why>` opt-outs: a finding on the comment's line, or on the line after a comment-only
 * line, is excused. Reports opt-outs without a reason and opt-outs that excuse nothing.
 */
function applyOptOuts(text: string, file: string, found: Finding[]): Finding[] {
  const lines = text.split('\n');
  const excused = new Set<number>();
  const problems: Finding[] = [];
  const optOuts: { line: number; covers: number[]; comment: string }[] = [];
  lines.forEach((l, i) => {
    const m = OPT_OUT.exec(l);
    if (!m) return;
    const line = i + 1;
    const commentOnly = l.trimStart().startsWith('//');
    optOuts.push({ line, covers: commentOnly ? [line + 1] : [line], comment: m[0] });
  });
  for (const o of optOuts) {
    const reason = OPT_OUT.exec(o.comment)![1]!.trim();
    if (!REASON.test(reason)) {
      problems.push({ file, line: o.line, kind: 'opt-out-without-reason', text: o.comment });
      continue;
    }
    const hits = found.filter((f) => o.covers.includes(f.line) && f.kind !== 'rule-id');
    if (hits.length === 0) problems.push({ file, line: o.line, kind: 'unused-opt-out', text: o.comment });
    for (const c of o.covers) excused.add(c);
  }
  // A rule id is never excused: there is always the rule object to name instead.
  return [...found.filter((f) => f.kind === 'rule-id' || !excused.has(f.line)), ...problems];
}

export interface ScanOptions {
  /** Absolute path of the tsconfig.json whose program holds the files. */
  tsconfig: string;
  /** Absolute folder the reported paths are relative to. */
  root: string;
  /** Which files to scan, by their relative path. */
  include(relPath: string): boolean;
  ruleIds: ReadonlySet<string>;
  /** When given, receives every file scanned (a guard that the selection is not empty). */
  scanned?: string[];
}

/** Parses the project once and returns every finding in the included files, sorted by file and line. */
export function scanProject(o: ScanOptions): Finding[] {
  const api = new API({ cwd: o.root });
  try {
    const snapshot = api.updateSnapshot({ openProject: o.tsconfig });
    const project = snapshot.getProject(o.tsconfig) ?? snapshot.getProjects()[0];
    if (!project) throw new Error(`no project for ${o.tsconfig}`);
    const out: Finding[] = [];
    for (const name of project.program.getSourceFileNames()) {
      if (!name.startsWith(`${o.root}/`) || name.includes('/node_modules/')) continue;
      const rel = name.slice(o.root.length + 1);
      if (!o.include(rel)) continue;
      o.scanned?.push(rel);
      const sf = project.program.getSourceFile(name);
      if (!sf) throw new Error(`cannot read ${name}`);
      out.push(...applyOptOuts(sf.text, rel, literalFindings(sf, rel, o.ruleIds)));
    }
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  } finally {
    api.close();
  }
}
