// `source-review report` and the editor's "Show Conflict Report": a Markdown page an editor can read
// top to bottom. Each disputed claim gets a table with every article's version side by side.
import type { ArticleAnalysis, ClaimView, DocumentReview, Finding, Review, Span } from '../analysis/types';
import { FINDING_KINDS } from '../analysis/types';
import { oneLine, reportedDocuments, summaryLine } from './common';
import { Positions } from './positions';
import { describeReason, type SuppressedFinding } from '../suppression';

export interface ReportOptions {
  /** The page title; "Source Review: conflict report" by default. */
  title?: string;
  /** Longest quotation shown in the speakers table before it is cut with "…". */
  maxQuoteLength?: number;
  /** Findings hidden by ignore comments, markers, .source-review.json or levels: listed on their own. */
  suppressed?: readonly SuppressedFinding[];
}

/** A table cell: pipes escaped, line breaks kept as <br>, HTML tags neutralised. */
export function escapeCell(text: string): string {
  const cell = text
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/[ \t\f\v]+/g, ' ');
  return cell === '' ? '—' : cell;
}

/** Inline text outside tables: on one line, HTML tags neutralised. */
function inline(text: string): string {
  return oneLine(text).replace(/</g, '&lt;');
}

function cut(text: string, max: number): string {
  const line = oneLine(text);
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

interface Place {
  path: string;
  span: Span;
}

/** The same words in the same article: one side's claim and the other side's evidence need not have the same bounds. */
const samePlace = (a: Place, b: Place) => a.path === b.path && a.span.start < b.span.end && b.span.start < a.span.end;

function claimViewFor(doc: DocumentReview, finding: Finding): ClaimView | undefined {
  let best: ClaimView | undefined;
  let bestOverlap = 0;
  for (const c of doc.claims) {
    const overlap = Math.min(c.span.end, finding.span.end) - Math.max(c.span.start, finding.span.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

interface Dispute {
  doc: DocumentReview;
  finding: Finding;
}

/**
 * Every draft finding, then conflicts among sources with a pair reported from both sides kept once:
 * a source finding whose places are all covered by an earlier dispute of the same kind is dropped.
 */
export function disputes(review: Review): Dispute[] {
  const out: Dispute[] = [];
  const pairs: Array<{ kind: string; a: Place; b: Place }> = [];
  const reported = (kind: string, a: Place, b: Place) =>
    pairs.some((p) => p.kind === kind && ((samePlace(p.a, a) && samePlace(p.b, b)) || (samePlace(p.a, b) && samePlace(p.b, a))));
  const ordered = [...review.documents.filter((d) => d.role === 'draft'), ...review.documents.filter((d) => d.role !== 'draft')];
  for (const doc of ordered) {
    for (const finding of doc.findings) {
      const self: Place = { path: finding.path, span: finding.span };
      const others: Place[] = finding.against.map((e) => ({ path: e.path, span: e.span }));
      // A conflict among sources is reported from both sides (and from every side of a three-way
      // split): keep it once, when every pair it names has already been shown.
      if (doc.role !== 'draft' && others.length > 0 && others.every((o) => reported(finding.kind, self, o))) continue;
      for (const o of others) pairs.push({ kind: finding.kind, a: self, b: o });
      out.push({ doc, finding });
    }
  }
  return out;
}

export function renderReport(review: Review, analyses: readonly ArticleAnalysis[], options: ReportOptions = {}): string {
  const positions = new Positions(analyses);
  const documents = reportedDocuments(review, analyses);
  const roleOf = new Map(documents.map((d) => [d.label, d.role]));
  const who = (label: string) => (roleOf.get(label) === 'draft' ? `${label} (draft)` : label);
  const lineOf = (path: string, span: Span) => positions.range(path, span).start.line + 1;
  const list = disputes(review);
  const out: string[] = [`# ${options.title ?? 'Source Review: conflict report'}`, ''];

  // Summary
  const hidden = options.suppressed ?? [];
  const hiddenNote = hidden.length > 0 ? ` ${hidden.length} more ${hidden.length === 1 ? 'is' : 'are'} hidden; see [Suppressed findings](#suppressed-findings).` : '';
  out.push('## Summary', '', `${summaryLine(documents)}.${hiddenNote}`, '');
  out.push('| Kind | In drafts | Among sources |', '| --- | ---: | ---: |');
  for (const kind of FINDING_KINDS) {
    const inDrafts = list.filter((d) => d.finding.kind === kind && d.doc.role === 'draft').length;
    const amongSources = list.filter((d) => d.finding.kind === kind && d.doc.role !== 'draft').length;
    out.push(`| ${kind} | ${inDrafts} | ${amongSources} |`);
  }
  out.push('');

  // Disputed claims
  out.push('## Disputed claims', '');
  if (list.length === 0) out.push('No disputed claims.', '');
  list.forEach(({ doc, finding }, i) => {
    out.push(`### ${i + 1}. ${finding.kind} in ${who(doc.label)}, line ${lineOf(finding.path, finding.span)}`, '');
    const view = claimViewFor(doc, finding);
    const claim = inline(view?.text ?? finding.text);
    out.push(`> ${/^[“"‘']/.test(claim) ? claim : `“${claim}”`}`, '', inline(finding.message), '');
    out.push('| Source | Wording | Value | Relation |', '| --- | --- | --- | --- |');
    if (view) {
      out.push(`| ${escapeCell(who(doc.label))} | ${escapeCell(view.text)} | ${escapeCell(view.value)} | this claim |`);
      for (const c of view.comparisons) {
        out.push(`| ${escapeCell(who(c.label))} | ${escapeCell(c.text ?? '')} | ${escapeCell(c.value ?? '')} | ${c.relation} |`);
      }
    } else {
      out.push(`| ${escapeCell(who(doc.label))} | ${escapeCell(finding.text)} | — | this claim |`);
      for (const e of finding.against) out.push(`| ${escapeCell(who(e.label))} | ${escapeCell(e.text)} | — | conflicts |`);
    }
    out.push('');
  });

  // Suppressed findings: nothing is hidden silently.
  if (options.suppressed !== undefined) {
    out.push('## Suppressed findings', '');
    if (hidden.length === 0) out.push('None.', '');
    else {
      out.push('| Article | Line | Kind | Claim | Why hidden |', '| --- | ---: | --- | --- | --- |');
      for (const s of hidden) {
        const f = s.finding;
        out.push(`| ${escapeCell(who(s.label))} | ${lineOf(f.path, f.span)} | ${f.kind} | ${escapeCell(f.text)} | ${escapeCell(describeReason(s.reason))} |`);
      }
      out.push('');
    }
  }

  // Speakers
  out.push('## Speakers', '');
  if (review.speakers.length === 0) out.push('No speakers found.', '');
  else {
    const max = options.maxQuoteLength ?? 120;
    out.push('| Speaker | Role | Sources | Quotes |', '| --- | --- | --- | --- |');
    for (const s of review.speakers) {
      const quotes = s.quotes.map((q) => `${q.label}: “${cut(q.text.replace(/^[“"]|[”"]$/g, ''), max)}”${q.venue ? ` (${oneLine(q.venue)})` : ''}`).join('\n');
      out.push(`| ${escapeCell(s.name)} | ${escapeCell(s.roles.join('; '))} | ${escapeCell(s.labels.join(', '))} | ${escapeCell(quotes)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
