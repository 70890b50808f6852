// Hand-built articles and reviews for the renderer tests (no engine involved), and schema loading.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import type { ArticleAnalysis, ArticleRole, Evidence, Finding, FindingKind, Review, Severity, Span } from '../../server/src/analysis/types';

export const ROOT = path.resolve(__dirname, '..', '..');

export function article(path: string, original: string, role: ArticleRole, label: string): ArticleAnalysis {
  return {
    path, label, role,
    text: { original, plain: original, paragraphs: [], sentences: [], frontMatter: {} },
    dateline: null, figures: [], times: [], quotes: [], people: [], figureAnchors: [],
  };
}

/** The span of the first occurrence of `words` in `text` (fails loudly when absent). */
export function spanOf(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`"${words}" not in text`);
  return { start, end: start + words.length };
}

export function finding(a: ArticleAnalysis, kind: FindingKind, severity: Severity, words: string, against: Evidence[], message = `${kind} here`): Finding {
  return { id: `${kind}:${a.label}:${words.length}`, kind, severity, message, path: a.path, span: spanOf(a.text.original, words), text: words, against };
}

export function evidence(a: ArticleAnalysis, words: string): Evidence {
  return { label: a.label, path: a.path, span: spanOf(a.text.original, words), text: words };
}

export function emptyReview(analyses: ArticleAnalysis[]): Review {
  return { documents: analyses.map((a) => ({ path: a.path, label: a.label, role: a.role, findings: [], claims: [] })), speakers: [] };
}

export function readJson(file: string): object {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as object;
}

/** Validates against the documented JSON output shape (test/cli/report.schema.json). */
export function jsonReportValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(readJson(path.join(__dirname, 'report.schema.json')));
}

/** Validates against the official SARIF 2.1.0 schema (draft-04). */
export function sarifValidator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
  return ajv.compile(readJson(path.join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')));
}

export function tempDir(prefix = 'source-review-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes files (string → UTF-8, Buffer → as is) under dir, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}

/** The text at an LSP range of `text`, lines split at \n, \r\n and \r. */
export function textAtRange(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return text.slice(starts[range.start.line] + range.start.character, starts[range.end.line] + range.end.character);
}

export interface CliRun { code: number | null; stdout: string; stderr: string }

/**
 * The real command line for one suite, spawned in a temp folder that each test gets fresh with
 * `tree` written into it. Builds first, unless SOURCE_REVIEW_CLI names a bundle to run instead.
 */
export function cliSuite(tree: Record<string, string | Buffer>, colour: boolean) {
  let script = path.join(ROOT, 'bin', 'source-review');
  const suite = { dir: '' };
  before(() => {
    if (process.env.SOURCE_REVIEW_CLI) script = path.resolve(process.env.SOURCE_REVIEW_CLI);
    else execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
  });
  beforeEach(() => {
    suite.dir = tempDir();
    writeTree(suite.dir, tree);
  });
  afterEach(() => fs.rmSync(suite.dir, { recursive: true, force: true }));
  const cli = (args: string[], cwd = suite.dir, env: Record<string, string> = {}): CliRun => {
    // An empty NO_COLOR leaves colour on (the convention reads only a non-empty value).
    const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: colour ? '' : '1', ...env }, timeout: 30000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return { suite, cli };
}
