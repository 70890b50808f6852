// Findings → LSP diagnostics: fixed source, the finding kind as a stable code with a docs link, and
// one related location per contradicting article.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from './analysis/types';
import { DIAGNOSTIC_SOURCE, DOCS_URL } from './protocol';
import type { ReviewSnapshot } from './snapshot';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(snapshot: ReviewSnapshot, finding: Finding): Diagnostic {
  const related: DiagnosticRelatedInformation[] = finding.against.map((e) => ({
    location: { uri: snapshot.uriOf(e.path), range: snapshot.range(e.path, e.span) },
    message: `${e.label}: “${e.text}”`,
  }));
  return {
    range: snapshot.range(finding.path, finding.span),
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: finding.kind,
    codeDescription: { href: `${DOCS_URL}#${finding.kind}` },
    message: finding.message,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: { id: finding.id },
  };
}

/** The diagnostics of one article in the snapshot (none when it is not in the review set). */
export function diagnosticsFor(snapshot: ReviewSnapshot, path: string): Diagnostic[] {
  const review = snapshot.entryByPath(path)?.review;
  return review ? review.findings.map((f) => toDiagnostic(snapshot, f)) : [];
}

/** Keeps what was last published per document, so unchanged diagnostics are not sent again. */
export class PublishedDiagnostics {
  private readonly last = new Map<string, { signature: string; version: number | null }>();

  /** True when these diagnostics differ from what `uri` last received. */
  changed(uri: string, diagnostics: Diagnostic[], version: number | null): boolean {
    const signature = JSON.stringify(diagnostics);
    const before = this.last.get(uri);
    if (before && before.signature === signature && before.version === version) return false;
    this.last.set(uri, { signature, version });
    return true;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}
