// Finds every regular expression of the engine (server/src/analysis/**): regex literals and
// `new RegExp(…)` sites, by parsing the TypeScript source, and says which patterns nest an unbounded
// quantifier inside another (the shape of catastrophic backtracking: `(a+)+`, `(\w+\s?)*`).
// `npx tsx test/unit/robustness/regexScan.ts --capture` prints the RegExp objects the engine builds at
// run time (dynamic sources), as JSON; the regex test runs it in a child process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export const ANALYSIS_DIR = path.resolve(__dirname, '..', '..', '..', 'server', 'src', 'analysis');

export interface FoundRegex {
  /** "claims/times/scan.ts:109" (relative to server/src/analysis). */
  where: string;
  kind: 'literal' | 'constructor';
  /** The source text as written. */
  text: string;
  /** Compiled, for literals; constructor sites are compiled at run time (see captureDynamic). */
  regex?: RegExp;
  /** The function (or instance field) the site is evaluated in, each time it runs; undefined at module level. */
  inFunction?: string;
}

/** A node whose body runs again at each call (or, for an instance field, at each `new`). */
function runsPerCall(n: ts.Node): string | undefined {
  if (ts.isFunctionLike(n)) return (n as ts.FunctionLikeDeclaration).name?.getText() ?? '(anonymous)';
  if (ts.isPropertyDeclaration(n) && !n.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) return n.name.getText();
  return undefined;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

/** Every regex literal and RegExp constructor call in the engine's source. */
export function scanEngineRegexes(dir = ANALYSIS_DIR): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${path.relative(dir, file).split(path.sep).join('/')}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node, inFunction: string | undefined): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        out.push({ where: where(n), kind: 'literal', text, regex: new Function(`return ${text};`)() as RegExp, ...(inFunction ? { inFunction } : {}) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        out.push({ where: where(n), kind: 'constructor', text: n.getText(), ...(inFunction ? { inFunction } : {}) });
      }
      const inner = runsPerCall(n) ?? inFunction;
      ts.forEachChild(n, (child) => visit(child, inner));
    };
    visit(source, undefined);
  }
  return out;
}

interface Group {
  /** An unbounded quantifier (*, +, {n,}) was seen inside this group. */
  unboundedInside: boolean;
  start: number;
}

/**
 * Groups quantified without bound whose body also holds an unbounded quantifier: `(\w+\s?)*`,
 * `(?:a|b+)+`. Such nesting can backtrack exponentially over one run of text. Returns the offending
 * group texts (empty when the pattern is flat).
 */
export function nestedQuantifiers(source: string): string[] {
  const found: string[] = [];
  const stack: Group[] = [];
  let inClass = false;
  /** Reads the quantifier at i: its length and whether it is unbounded. */
  const quantifier = (i: number): { len: number; unbounded: boolean } | null => {
    const c = source[i];
    if (c === '*' || c === '+') return { len: source[i + 1] === '?' || source[i + 1] === '+' ? 2 : 1, unbounded: true };
    if (c === '?') return { len: 1, unbounded: false };
    if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}\??/.exec(source.slice(i));
      if (m && (m[1] !== '' || m[3] !== '')) return { len: m[0].length, unbounded: m[2] === ',' && m[3] === '' };
    }
    return null;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; if (!inClass) markAfter(i + 1); continue; }
    if (inClass) { if (c === ']') { inClass = false; markAfter(i + 1); } continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push({ unboundedInside: false, start: i }); continue; }
    if (c === ')') {
      const g = stack.pop();
      const q = quantifier(i + 1);
      if (g && q?.unbounded && g.unboundedInside) found.push(source.slice(g.start, i + 1 + q.len));
      if (g && stack.length > 0 && (g.unboundedInside || q?.unbounded)) stack[stack.length - 1].unboundedInside = true;
      if (q) i += q.len;
      continue;
    }
    markAfter(i + 1);
  }
  return found;

  /** An atom ended just before `at`: an unbounded quantifier there counts for the enclosing group. */
  function markAfter(at: number): void {
    const q = quantifier(at);
    if (q?.unbounded && stack.length > 0) stack[stack.length - 1].unboundedInside = true;
  }
}

/** Loads the engine with RegExp wrapped and runs it once, returning the regexes it constructed. */
export function captureDynamic(): { source: string; flags: string }[] {
  const Original = RegExp;
  const seen = new Map<string, { source: string; flags: string }>();
  const record = (r: RegExp) => { seen.set(`${r.flags}/${r.source}`, { source: r.source, flags: r.flags }); return r; };
  (globalThis as { RegExp: RegExpConstructor }).RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require('../../../server/src/analysis/index') as typeof import('../../../server/src/analysis/index');
    const texts = [
      'ASHFORD, Vt., March 2 (Ridge Wire) - Mayor Ana Ruiz said 1,200 people left at 9 a.m. ET on Monday morning. “Go,” Ruiz said in a post on X.',
      'Speakers: Superintendent Kerry Blackwood, Mayor Ana Ruiz\n\nREPORTER: What happened?\n\nBLACKWOOD: We closed the school at 10:15 a.m. on Tuesday, March 3, 2025.',
      '# Update\n\nOn Monday evening at 7 p.m., about 300 homes lost power, the company said. Trains on the Red Line were suspended.',
    ];
    const analyses = texts.map((text, i) => engine.analyzeArticle({ path: `${i === 2 ? 'draft_' : ''}00${i}_x.${i ? 'md' : 'txt'}`, text }));
    engine.reviewArticles(analyses);
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = Original;
  }
  return [...seen.values()];
}

if (require.main === module && process.argv.includes('--capture')) {
  process.stdout.write(JSON.stringify(captureDynamic()));
}
