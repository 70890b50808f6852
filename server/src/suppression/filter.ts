// Applies what the editor asked to hide or tone down — inline comments, "[source needed]" markers,
// `.source-review.json` and per-kind levels — to a review. Pure: the same review and rules give the
// same result, and nothing is dropped silently: every hidden finding comes back with its reason, for
// the report.
import type { ArticleRole, DocumentReview, Finding, FindingKind, Review } from '../analysis/types';
import { IgnoreComments } from './comments';
import type { ReviewConfig } from './config';
import { normalClaim } from './config';
import type { KindLevels, Level } from './levels';
import { severityOf } from './levels';
import { lineAt, lineStarts } from './lines';
import { isMarkedSourceNeeded } from './markers';

export type SuppressionReason =
  | { by: 'comment'; line: number }
  | { by: 'marker' }
  | { by: 'file'; file: string; entry: 'finding' | 'claim'; note?: string }
  | { by: 'level'; kind: FindingKind; where: string };

export interface SuppressedFinding {
  finding: Finding;
  label: string;
  role: ArticleRole;
  reason: SuppressionReason;
}

/** What applies to one article. */
export interface ArticleRules {
  /** The `.source-review.json` that governs the article, when there is one. */
  config?: ReviewConfig;
  /** How the file is named in reasons (".source-review.json", "news/.source-review.json"). */
  configName?: string;
  /** The article's path relative to the file's folder, "/"-separated; absent when outside it. */
  relativePath?: string;
  /** Per-kind levels from editor settings; they win over the file's. */
  levels?: KindLevels;
  /** Where `levels` come from, for reasons ("sourceReview.severity"). */
  levelsName?: string;
}

export interface SuppressionContext {
  /** The text the article was checked with (comments and markers are read from it). */
  textOf(path: string): string | undefined;
  rulesFor(path: string): ArticleRules;
}

export interface SuppressionResult {
  review: Review;
  suppressed: SuppressedFinding[];
}

/** One line for the report and logs: why a finding is not shown. */
export function describeReason(r: SuppressionReason): string {
  switch (r.by) {
    case 'comment': return `ignore comment on line ${r.line + 1}`;
    case 'marker': return 'marked [source needed]';
    case 'file': return `${r.entry === 'finding' ? 'ignored finding' : 'ignored claim'} in ${r.file}${r.note ? ` (${r.note})` : ''}`;
    case 'level': return `${r.kind} is off in ${r.where}`;
  }
}

interface Layer {
  level: Level;
  where: string;
}

function levelFor(kind: FindingKind, rules: ArticleRules): Layer | undefined {
  const fromSettings = rules.levels?.[kind];
  if (fromSettings) return { level: fromSettings, where: rules.levelsName ?? 'the settings' };
  const fromFile = rules.config?.severity[kind];
  if (fromFile) return { level: fromFile, where: `${rules.configName ?? '.source-review.json'} severity` };
  return undefined;
}

/** Why `finding` is hidden, or undefined when it shows. Checked from the nearest to the broadest. */
export function suppressionOf(finding: Finding, text: string | undefined, comments: IgnoreComments | undefined, starts: number[] | undefined, rules: ArticleRules): SuppressionReason | undefined {
  if (comments && starts) {
    const d = comments.covering(lineAt(starts, finding.span.start), finding.kind);
    if (d) return { by: 'comment', line: d.line };
  }
  if (finding.kind === 'unsourced-claim' && text !== undefined && isMarkedSourceNeeded(text, finding.span)) return { by: 'marker' };
  const config = rules.config;
  const file = rules.configName ?? '.source-review.json';
  if (config) {
    const byId = config.ignoreFindings.find((e) => e.id === finding.id && (e.path === undefined || e.path === rules.relativePath));
    if (byId) return { by: 'file', file, entry: 'finding', ...(byId.note ? { note: byId.note } : {}) };
    if (config.ignoreClaims.length > 0) {
      const words = normalClaim(finding.text);
      const claim = config.ignoreClaims.find((e) => (e.kind === undefined || e.kind === finding.kind) && normalClaim(e.text) === words);
      if (claim) return { by: 'file', file, entry: 'claim', ...(claim.note ? { note: claim.note } : {}) };
    }
  }
  const layer = levelFor(finding.kind, rules);
  if (layer?.level === 'off') return { by: 'level', kind: finding.kind, where: layer.where };
  return undefined;
}

/** One article's review with hidden findings taken out (and listed) and the chosen levels applied. */
export function suppressDocument(doc: DocumentReview, text: string | undefined, rules: ArticleRules): { review: DocumentReview; suppressed: SuppressedFinding[] } {
  if (doc.findings.length === 0) return { review: doc, suppressed: [] };
  const comments = text !== undefined ? IgnoreComments.of(text) : undefined;
  const starts = comments && comments.directives.length > 0 && text !== undefined ? lineStarts(text) : undefined;
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of doc.findings) {
    const reason = suppressionOf(finding, text, comments, starts, rules);
    if (reason) {
      suppressed.push({ finding, label: doc.label, role: doc.role, reason });
      continue;
    }
    const layer = levelFor(finding.kind, rules);
    kept.push(layer && layer.level !== 'off' ? { ...finding, severity: severityOf(layer.level) } : finding);
  }
  return { review: { ...doc, findings: kept }, suppressed };
}

/** The review with hidden findings taken out (and listed), and the chosen levels applied. */
export function applySuppression(review: Review, ctx: SuppressionContext): SuppressionResult {
  const suppressed: SuppressedFinding[] = [];
  const documents = review.documents.map((d) => {
    const r = suppressDocument(d, ctx.textOf(d.path), ctx.rulesFor(d.path));
    suppressed.push(...r.suppressed);
    return r.review;
  });
  return { review: { ...review, documents }, suppressed };
}
