// CRLF, CR, mixed line endings and a byte-order mark give the same findings as LF, at the same
// words: through the engine (offsets into each variant's own text) and through the CLI's JSON output
// (LSP ranges: a BOM is dropped as editors do, and \r\n or \r ends a line like \n). The LSP side is
// in test/lsp/faults.test.ts.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis/index';
import { runCli } from '../../../server/src/cli/run';
import { LineIndex } from '../../../server/src/report/positions';
import { newsSoup } from './arbitraries';
import { STORY, VARIANTS } from './story';

const lf = (s: string) => s.replace(/\r\n?/g, '\n');

interface Placed { kind: string; text: string; line: number; character: number; endLine: number; against: string[] }

/** Findings of the story under one variant, placed by line and character in each variant's text. */
function engineFindings(variant: (lf: string) => string, story: Record<string, string> = STORY): Placed[] {
  const analyses = Object.entries(story).map(([name, lf]) => analyzeArticle({ path: name, text: variant(lf) }));
  const text = new Map(analyses.map((a) => [a.path, a.text.original]));
  const out: Placed[] = [];
  for (const d of reviewArticles(analyses).documents) {
    const original = text.get(d.path)!;
    const lines = new LineIndex(original);
    for (const f of d.findings) {
      const r = { start: lines.positionAt(f.span.start), end: lines.positionAt(f.span.end) };
      // A BOM is a code unit of the text: columns on the first line count it.
      const bom = original.startsWith('\ufeff') && r.start.line === 0 ? 1 : 0;
      out.push({
        // The words compared with their line breaks made alike (a finding may span lines).
        kind: f.kind, text: lf(original.slice(f.span.start, f.span.end)), line: r.start.line, character: r.start.character - bom, endLine: r.end.line,
        against: f.against.map((e) => `${e.label}:${lf(text.get(e.path)!.slice(e.span.start, e.span.end))}`).sort(),
      });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.character - b.character || a.kind.localeCompare(b.kind));
}

/** The CLI's JSON for the story written to disk in one variant. */
function cliJson(variant: (lf: string) => string): { documents: { path: string; findings: { kind: string; range: unknown; text: string; against: { label: string; range: unknown; text: string }[] }[] }[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-eol-'));
  try {
    for (const [name, lf] of Object.entries(STORY)) fs.writeFileSync(path.join(dir, name), variant(lf), 'utf8');
    let stdout = '';
    let stderr = '';
    const code = runCli(['check', '--format', 'json', '.'], { cwd: dir, env: {}, isTTY: false, version: '0.0.0-test', stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
    assert.equal(code, 0, stderr);
    return JSON.parse(stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('robustness: line endings and byte-order marks', () => {
  const lf = engineFindings(VARIANTS.LF);

  it('the LF story has a figure, a time and a quotation finding (so the comparisons below mean something)', () => {
    const kinds = new Set(lf.map((f) => f.kind));
    for (const k of ['figure-conflict', 'time-conflict', 'quote-mismatch']) assert.ok(kinds.has(k), `no ${k} in ${JSON.stringify(lf)}`);
  });

  for (const [name, variant] of Object.entries(VARIANTS)) {
    if (name === 'LF') continue;
    it(`engine: ${name} gives the LF findings, on the same lines and columns, over the same words`, () => {
      assert.deepEqual(engineFindings(variant), lf);
    });
  }

  it('engine, any story: CRLF, CR and BOM give the LF findings at the same places (fast-check)', () => {
    const lines = Object.values(STORY).flatMap((t) => t.split('\n'));
    const noise = newsSoup(12).map((t) => t.replace(/[\r\u2028\u2029\ufeff]/g, ''));
    const article = fc.array(fc.oneof(fc.constantFrom(...lines), noise), { minLength: 1, maxLength: 14 }).map((ls) => ls.join('\n'));
    fc.assert(fc.property(fc.tuple(article, article, article), (texts) => {
      const story = { '001_a.txt': texts[0], '002_b.md': texts[1], 'draft_c.md': texts[2] };
      const expected = engineFindings(VARIANTS.LF, story);
      for (const name of ['CRLF', 'CR', 'BOM + CRLF']) assert.deepEqual(engineFindings(VARIANTS[name], story), expected, name);
    }), { numRuns: 60 });
  });

  const lfJson = cliJson(VARIANTS.LF);

  it('CLI JSON: the LF story reports findings with ranges', () => {
    const n = lfJson.documents.reduce((k, d) => k + d.findings.length, 0);
    assert.ok(n >= 3, JSON.stringify(lfJson));
  });

  for (const [name, variant] of Object.entries(VARIANTS)) {
    if (name === 'LF') continue;
    it(`CLI JSON: ${name} files give exactly the LF output (ranges included)`, () => {
      assert.deepEqual(cliJson(variant).documents, lfJson.documents);
    });
  }
});
