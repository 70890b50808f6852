// Answers to the custom requests (protocol.ts), read from the live review set (or any ReviewView).
import type { ClaimsResult, FindingItem, ReportResult, SpeakerNode, SpeakerSource } from './protocol';
import { analysesIn, rangeIn, uriIn, type ReviewView } from './snapshot';
import { renderReport } from './report/markdown';
import type { SuppressedFinding } from './suppression';

/** A view that hid findings (suppressedView.ts) says which, so the report lists them. */
interface Suppressing {
  suppressedOf?(path: string): SuppressedFinding[];
  allSuppressed?(): SuppressedFinding[];
}

export function speakers(view: ReviewView): SpeakerNode[] {
  const labelPath = new Map<string, string>();
  for (const a of view.articles.values()) labelPath.set(a.analysis.label, a.path);
  return view.speakers().map((s) => {
    const sources = new Map<string, SpeakerSource>();
    const sourceFor = (label: string, path: string | undefined): SpeakerSource => {
      let src = sources.get(label);
      if (!src) {
        src = { label, uri: path ? uriIn(view, path) : '', quotes: [] };
        sources.set(label, src);
      }
      return src;
    };
    for (const label of s.labels) sourceFor(label, labelPath.get(label));
    for (const q of s.quotes) {
      sourceFor(q.label, q.path).quotes.push({ text: q.text, uri: uriIn(view, q.path), range: rangeIn(view, q.path, q.span) });
    }
    return { name: s.name, roles: [...s.roles], sources: [...sources.values()] };
  });
}

export function claims(view: ReviewView, uri: string): ClaimsResult {
  const entry = view.entryByUri(uri);
  if (!entry) return { label: '', role: null, claims: [], findings: [] };
  const review = view.reviewOf(entry.path);
  const findings: FindingItem[] = (review?.findings ?? []).map((f) => ({
    id: f.id,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    range: rangeIn(view, f.path, f.span),
    text: f.text,
    against: f.against.map((e) => ({ label: e.label, uri: uriIn(view, e.path), range: rangeIn(view, e.path, e.span), text: e.text })),
  }));
  return {
    label: entry.analysis.label,
    role: entry.analysis.role,
    claims: (review?.claims ?? []).map((c) => ({
      kind: c.kind,
      range: rangeIn(view, entry.path, c.span),
      text: c.text,
      value: c.value,
      comparisons: c.comparisons.map((k) => ({
        label: k.label,
        uri: uriIn(view, k.path),
        relation: k.relation,
        ...(k.span ? { range: rangeIn(view, k.path, k.span) } : {}),
        ...(k.text !== undefined ? { text: k.text } : {}),
        ...(k.value !== undefined ? { value: k.value } : {}),
      })),
    })),
    findings,
  };
}

export function report(view: ReviewView & Suppressing, uri: string | undefined): ReportResult {
  const analyses = analysesIn(view);
  if (!uri) {
    const review = view.review();
    return { markdown: renderReport(review, analyses, view.allSuppressed ? { suppressed: view.allSuppressed() } : {}) };
  }
  const entry = view.entryByUri(uri);
  const one = entry && view.reviewOf(entry.path);
  const title = `Source Review: conflicts in ${entry?.analysis.label ?? uri}`;
  const suppressed = entry && view.suppressedOf ? view.suppressedOf(entry.path) : undefined;
  return { markdown: renderReport({ documents: one ? [one] : [], speakers: [...view.speakers()] }, analyses, { title, ...(suppressed ? { suppressed } : {}) }) };
}
