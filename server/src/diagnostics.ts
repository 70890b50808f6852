// Findings → LSP diagnostics: fixed source, the finding kind as a stable code with a docs link, and
// one related location per contradicting article.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Evidence, Finding, Severity } from './analysis/types';
import { DIAGNOSTIC_SOURCE, DOCS_URL } from './protocol';
import { rangeIn, uriIn, type ReviewView } from './snapshot';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Related information made for an evidence list, with the articles it was placed in: a finding
 * remembered between keystrokes keeps its evidence list, and a source that changes is a new entry.
 */
const relatedMemo = new WeakMap<readonly Evidence[], { entries: unknown[]; related: DiagnosticRelatedInformation[] }>();

function relatedOf(view: ReviewView, against: readonly Evidence[]): DiagnosticRelatedInformation[] {
  const entries = against.map((e) => view.entryByPath(e.path));
  const known = relatedMemo.get(against);
  if (known && known.entries.every((x, i) => x === entries[i])) return known.related;
  const related = against.map((e) => ({
    location: { uri: uriIn(view, e.path), range: rangeIn(view, e.path, e.span) },
    message: `${e.label}: “${e.text}”`,
  }));
  relatedMemo.set(against, { entries, related });
  return related;
}

export function toDiagnostic(view: ReviewView, finding: Finding): Diagnostic {
  const related = relatedOf(view, finding.against);
  return {
    range: rangeIn(view, finding.path, finding.span),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: finding.kind,
    codeDescription: { href: `${DOCS_URL}#${finding.kind}` },
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: { id: finding.id },
  };
}

/** The diagnostics of one article (none when it is not in the review set). */
export function diagnosticsFor(view: ReviewView, path: string): Diagnostic[] {
  const review = view.reviewOf(path);
  return review ? review.findings.map((f) => toDiagnostic(view, f)) : [];
}

/** Keeps what was last published per document, so unchanged diagnostics are not sent again. */
export class PublishedDiagnostics {
  /** What each document last received; the signature is worked out only when a check of the same version compares with it. */
  private readonly last = new Map<string, { diagnostics: Diagnostic[]; signature?: string; version: number | null; basis: unknown }>();

  /**
   * True when `uri` last received diagnostics made from this very `basis` (a review object) at this
   * version: nothing to compute or send.
   */
  unchanged(uri: string, basis: unknown, version: number | null): boolean {
    const before = this.last.get(uri);
    return !!before && basis !== undefined && before.basis === basis && before.version === version;
  }

  /** True when these diagnostics differ from what `uri` last received. */
  changed(uri: string, diagnostics: Diagnostic[], version: number | null, basis?: unknown): boolean {
    const before = this.last.get(uri);
    if (before && before.version === version) {
      // A new version always gets its diagnostics; the same version only when they differ.
      const signature = JSON.stringify(diagnostics);
      before.signature ??= JSON.stringify(before.diagnostics);
      if (before.signature === signature) {
        before.basis = basis;
        return false;
      }
      this.last.set(uri, { diagnostics, signature, version, basis });
      return true;
    }
    this.last.set(uri, { diagnostics, version, basis });
    return true;
  }

  /** What `uri` last received, if anything. */
  lastOf(uri: string): Diagnostic[] | undefined {
    return this.last.get(uri)?.diagnostics;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  clear(): void {
    this.last.clear();
  }
}
