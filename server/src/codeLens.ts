// CodeLens above every paragraph with findings — "2 conflicts · 3 sources agree" — and the
// comparison a click opens: for each claim of the paragraph, every source's wording side by side.
import type { CodeLens } from 'vscode-languageserver';
import type { ClaimView, Finding, Relation, Span } from './analysis/types';
import { COMPARE_COMMAND, type ComparisonResult } from './protocol';
import { rangeIn, uriIn, type ArticleEntry, type ReviewView } from './snapshot';
import { describeReason, type SuppressedFinding } from './suppression';

const inside = (p: Span, s: Span) => s.start >= p.start && s.start < p.end;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface ParagraphSummary {
  index: number;
  span: Span;
  findings: Finding[];
  claims: ClaimView[];
  suppressed: SuppressedFinding[];
}

/** The paragraphs of an article that have findings, with their claims and hidden findings. */
export function paragraphsWithFindings(view: ReviewView, entry: ArticleEntry, suppressed: readonly SuppressedFinding[]): ParagraphSummary[] {
  const review = view.reviewOf(entry.path);
  const findings = review?.findings ?? [];
  if (findings.length === 0) return [];
  const out: ParagraphSummary[] = [];
  entry.analysis.text.paragraphs.forEach((span, index) => {
    const here = findings.filter((f) => inside(span, f.span));
    if (here.length === 0) return;
    out.push({
      index, span, findings: here,
      claims: (review?.claims ?? []).filter((c) => inside(span, c.span)),
      suppressed: suppressed.filter((s) => s.finding.path === entry.path && inside(span, s.finding.span)),
    });
  });
  return out;
}

/** "2 conflicts · 1 unsourced claim · 3 sources agree · 1 ignored". */
export function lensTitle(p: ParagraphSummary): string {
  const conflicts = p.findings.filter((f) => f.kind !== 'unsourced-claim').length;
  const unsourced = p.findings.length - conflicts;
  const cited = new Set(p.findings.flatMap((f) => f.against.map((e) => e.label)));
  const agree = new Set(p.claims.flatMap((c) => c.comparisons.filter((k) => k.relation === 'agrees' && !cited.has(k.label)).map((k) => k.label)));
  const parts: string[] = [];
  if (conflicts > 0) parts.push(plural(conflicts, 'conflict', 'conflicts'));
  if (unsourced > 0) parts.push(plural(unsourced, 'unsourced claim', 'unsourced claims'));
  if (agree.size > 0) parts.push(`${plural(agree.size, 'source agrees', 'sources agree')}`);
  if (p.suppressed.length > 0) parts.push(`${p.suppressed.length} ignored`);
  return parts.join(' · ');
}

export function codeLenses(view: ReviewView, entry: ArticleEntry, suppressed: readonly SuppressedFinding[]): CodeLens[] {
  return paragraphsWithFindings(view, entry, suppressed).map((p) => {
    const start = rangeIn(view, entry.path, { start: p.span.start, end: p.span.start }).start;
    return {
      range: { start, end: start },
      command: { title: lensTitle(p), command: COMPARE_COMMAND, arguments: [entry.uri, start.line] },
    };
  });
}

/** Text safe in a Markdown table cell. */
function cell(text: string | undefined): string {
  if (!text) return '—';
  return text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/([*_`[\]])/g, '\\$1');
}

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/</g, '&lt;');
}

const RELATION: Record<Relation, string> = { agrees: '✓ agrees', conflicts: '✗ **conflicts**', 'not-mentioned': 'not mentioned' };

function link(view: ReviewView, label: string, path: string, span: Span | undefined): string {
  const uri = uriIn(view, path).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${cell(label)}](${uri}${span ? `#L${rangeIn(view, path, span).start.line + 1}` : ''})`;
}

/** The Markdown a CodeLens opens: the paragraph, its findings, and each claim source by source. */
export function comparison(view: ReviewView, entry: ArticleEntry, line: number, suppressed: readonly SuppressedFinding[]): ComparisonResult {
  const label = entry.analysis.label;
  const paragraphs = entry.analysis.text.paragraphs;
  const at = paragraphs.findIndex((p) => {
    const r = rangeIn(view, entry.path, p);
    return r.start.line <= line && line <= r.end.line;
  });
  const title = `Sources compared: ${label}, line ${line + 1}`;
  if (at < 0) return { title, markdown: `# ${title}\n\nNo paragraph at line ${line + 1} of ${label}.\n` };
  const span = paragraphs[at];
  const review = view.reviewOf(entry.path);
  const findings = (review?.findings ?? []).filter((f) => inside(span, f.span));
  const claims = (review?.claims ?? []).filter((c) => inside(span, c.span));
  const hidden = suppressed.filter((s) => s.finding.path === entry.path && inside(span, s.finding.span));
  const lineOf = (s: Span) => rangeIn(view, entry.path, s).start.line + 1;
  const out = [`# ${title}`, '', `> ${inline(entry.text.slice(span.start, span.end))}`, ''];
  out.push('## Findings', '');
  if (findings.length === 0) out.push('None.', '');
  for (const f of findings) out.push(`- **${f.kind}**, line ${lineOf(f.span)}: ${inline(f.message)}`);
  if (findings.length > 0) out.push('');
  for (const c of claims) {
    out.push(`## ${c.kind}: “${inline(c.text)}”`, '');
    out.push('| Source | Wording | Value | Relation |', '| --- | --- | --- | --- |');
    out.push(`| ${cell(label)} (this article) | “${cell(c.text)}” | ${cell(c.value)} | — |`);
    for (const k of c.comparisons) {
      out.push(`| ${link(view, k.label, k.path, k.span)} | ${k.text ? `“${cell(k.text)}”` : '—'} | ${cell(k.value)} | ${RELATION[k.relation] ?? k.relation} |`);
    }
    out.push('');
  }
  if (hidden.length > 0) {
    out.push('## Ignored in this paragraph', '');
    for (const s of hidden) out.push(`- **${s.finding.kind}** “${inline(s.finding.text)}”, line ${lineOf(s.finding.span)}: ${describeReason(s.reason)}`);
    out.push('');
  }
  return { title, markdown: out.join('\n') };
}
