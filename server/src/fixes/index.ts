// Quick fixes for findings, as plain edits of an article's text (UTF-16 spans). Pure: the language
// server turns them into code actions; nothing here knows about editors. Every replacement edits
// the claim's own words only and is offered in drafts only: sources are evidence, never rewritten.
import type { ArticleRole, Evidence, Finding, FindingKind, Span } from '../analysis/types';
import { directiveText, findIgnoreDirectives } from '../suppression/comments';
import { lineAt, lineStarts, lineText } from '../suppression/lines';
import { sourceNeededInsertion } from '../suppression/markers';
import type { QuoteEdges } from './quotes';
import { closesQuote, opensQuote } from './quotes';
import type { AttributionTarget } from './attribution';
import { quoteCorrection } from './quotes';
import { caseFor, flatten } from './words';

export { attributionTarget, type AttributionTarget } from './attribution';
export { quoteCorrection } from './quotes';

export interface SpanEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: SpanEdit[];
  /** The one obvious fix (every source that disagrees says the same). */
  isPreferred: boolean;
}

export interface FixOptions {
  /** The article's role; replacement fixes are offered in drafts only. */
  role: ArticleRole;
  /** For attribution-conflict: what to replace (see attributionTarget). */
  attribution?: AttributionTarget;
  /** The text of another article, by path: tells whether their words end or open their quotation. */
  textOf?: (path: string) => string | undefined;
}

const MAX_TITLE = 60;

function short(text: string): string {
  const flat = flatten(text);
  return flat.length > MAX_TITLE ? `${flat.slice(0, MAX_TITLE - 1)}…` : flat;
}

/** "source 002", "sources 003, 004". */
export function sourcesNamed(labels: readonly string[]): string {
  return labels.length === 1 ? `source ${labels[0]}` : `sources ${labels.join(', ')}`;
}

/** Groups the other side's versions by the text they would put in: one fix per distinct version. */
function grouped(versions: { label: string; text: string }[]): Map<string, string[]> {
  const byText = new Map<string, string[]>();
  for (const v of versions) {
    const labels = byText.get(v.text) ?? [];
    if (!labels.includes(v.label)) labels.push(v.label);
    byText.set(v.text, labels);
  }
  return byText;
}

function replacementFixes(text: string, span: Span, versions: { label: string; text: string }[], title: (labels: string[], newText: string) => string): Fix[] {
  const current = flatten(text.slice(span.start, span.end)).toLowerCase();
  const groups = [...grouped(versions)].filter(([t]) => t !== '' && t.toLowerCase() !== current);
  return groups.map(([newText, labels]) => ({
    title: title(labels, newText),
    edits: [{ span, newText }],
    isPreferred: groups.length === 1,
  }));
}

/**
 * A clock time without its preposition ("5:38 p.m.") put where the draft has one ("by 6:38 p.m."):
 * the draft's words before its number stay, so the sentence still reads.
 */
function withLeadWords(kind: FindingKind, current: string, replacement: string): string {
  if (kind !== 'time-conflict' || !/^\d/.test(replacement)) return replacement;
  const lead = /^(\p{Ll}+(?: \p{Ll}+)?) (?=\d)/u.exec(current);
  return lead ? `${lead[1]} ${replacement}` : replacement;
}

/** "Use source 002: nearly 40,000 users": the figure, time or date as the source gives it. */
function valueFixes(finding: Finding, text: string): Fix[] {
  const versions = finding.against.map((e) => ({
    label: e.label,
    text: caseFor(text, finding.span.start, withLeadWords(finding.kind, finding.text, flatten(e.text))),
  }));
  return replacementFixes(text, finding.span, versions, (labels, t) => `Use ${sourcesNamed(labels)}: ${short(t)}`);
}

/** "Use source 001: “daybreak”": the source's exact words where the quotation differs. */
function edgesOf(e: Evidence, textOf: FixOptions['textOf']): QuoteEdges {
  const other = textOf?.(e.path);
  if (other === undefined || other.slice(e.span.start, e.span.end) !== e.text) return {};
  return { theirsStartQuote: opensQuote(other, e.span.start), theirsEndQuote: closesQuote(other, e.span.end) };
}

function quoteFixes(finding: Finding, text: string, textOf: FixOptions['textOf']): Fix[] {
  const groups: { labels: string[]; span: Span; replacement: string }[] = [];
  for (const e of finding.against) {
    const c = quoteCorrection(text, finding.span, e.text, edgesOf(e, textOf));
    if (!c) continue;
    const same = groups.find((g) => g.replacement === c.replacement && g.span.start === c.span.start && g.span.end === c.span.end);
    if (same) { if (!same.labels.includes(e.label)) same.labels.push(e.label); } else groups.push({ labels: [e.label], span: c.span, replacement: c.replacement });
  }
  return groups.map((g) => {
    const what = g.replacement === '' ? `drop “${short(text.slice(finding.span.start, finding.span.end))}”` : `“${short(g.replacement)}”`;
    return { title: `Use ${sourcesNamed(g.labels)}: ${what}`, edits: [{ span: g.span, newText: g.replacement }], isPreferred: groups.length === 1 };
  });
}

/** "Use source 003: credit Darnell Hughes" / "Use source 003: WLVN instead of NPR". */
function attributionFixes(text: string, target: AttributionTarget): Fix[] {
  if (text.slice(target.span.start, target.span.end) !== target.text) return [];
  return replacementFixes(text, target.span, target.others, (labels, t) =>
    target.part === 'speaker' ? `Use ${sourcesNamed(labels)}: credit ${short(t)}` : `Use ${sourcesNamed(labels)}: ${short(t)} instead of ${short(target.text)}`);
}

function markerFix(finding: Finding, text: string): Fix {
  const at = sourceNeededInsertion(text, finding.span);
  return { title: 'Insert [source needed] marker', edits: [{ span: { start: at.offset, end: at.offset }, newText: at.text }], isPreferred: true };
}

/**
 * The fixes for one finding of `text` (the text the finding was made from). None when the text no
 * longer holds the finding's words there.
 */
export function fixesFor(finding: Finding, text: string, options: FixOptions): Fix[] {
  if (options.role !== 'draft') return [];
  if (text.slice(finding.span.start, finding.span.end) !== finding.text) return [];
  switch (finding.kind) {
    case 'figure-conflict':
    case 'time-conflict':
      return valueFixes(finding, text);
    case 'quote-mismatch':
      return quoteFixes(finding, text, options.textOf);
    case 'attribution-conflict':
      return options.attribution ? attributionFixes(text, options.attribution) : [];
    case 'unsourced-claim':
      return [markerFix(finding, text)];
  }
}

/**
 * The edit that puts an ignore comment above the line where `span` starts: a new comment line with
 * the line's indentation (and blockquote marks), or the kind added to a comment already there.
 */
export function ignoreCommentEdit(text: string, span: Span, kind: FindingKind, markdown: boolean): SpanEdit {
  const starts = lineStarts(text);
  const line = lineAt(starts, span.start);
  const existing = line > 0 ? findIgnoreDirectives(lineText(text, starts, line - 1)).find((d) => d.line === 0) : undefined;
  if (existing && (existing.kinds === null || existing.kinds.includes(kind))) return { span: { start: starts[line], end: starts[line] }, newText: '' };
  if (existing && existing.kinds !== null) {
    const prev = lineText(text, starts, line - 1);
    const close = prev.includes('-->') ? prev.lastIndexOf('-->') : prev.lastIndexOf(']');
    const before = prev.slice(0, close).replace(/\s*$/, '');
    // Reasons after " -- " stay last.
    const dash = before.search(/\s--(?:\s|$)/);
    const at = dash >= 0 ? dash : before.length;
    const start = starts[line - 1] + at;
    return { span: { start, end: start }, newText: ` ${kind}` };
  }
  const content = lineText(text, starts, line);
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(content)![0];
  const eol = /\r\n/.test(text) ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  return { span: { start: starts[line], end: starts[line] }, newText: `${prefix}${directiveText(markdown, [kind])}${eol}` };
}
