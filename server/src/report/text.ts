// The default, human format: one line per finding in the `path:line:col: severity kind: message`
// shape editors and CI problem matchers understand, its evidence indented below, then a summary.
import type { ArticleAnalysis, Review, Severity } from '../analysis/types';
import { oneLine, reportedDocuments, summaryLine } from './common';
import { Positions } from './positions';

export interface TextOptions {
  /** ANSI colours; the CLI turns them on only for a terminal without NO_COLOR. */
  color?: boolean;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', cyan: '\x1b[36m' };

const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.blue, hint: ANSI.dim };

export function renderText(review: Review, analyses: readonly ArticleAnalysis[], options: TextOptions = {}): string {
  const paint = (code: string, s: string) => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const positions = new Positions(analyses);
  const documents = reportedDocuments(review, analyses);
  const out: string[] = [];
  for (const doc of documents) {
    if (doc.findings.length === 0) continue;
    for (const f of doc.findings) {
      const at = positions.range(f.path, f.span).start;
      const where = `${f.path}:${at.line + 1}:${at.character + 1}`;
      out.push(`${paint(ANSI.bold, where)}: ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint(ANSI.cyan, f.kind)}: ${oneLine(f.message)}`);
      for (const e of f.against) {
        const p = positions.range(e.path, e.span).start;
        out.push(paint(ANSI.dim, `  ↳ ${e.label} ${e.path}:${p.line + 1}:${p.character + 1} “${oneLine(e.text)}”`));
      }
    }
    out.push('');
  }
  out.push(summaryLine(documents));
  return out.join('\n') + '\n';
}
