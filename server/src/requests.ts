// Answers to the custom requests (protocol.ts), read from the latest review snapshot.
import type { ClaimsResult, FindingItem, ReportResult, SpeakerNode, SpeakerSource } from './protocol';
import type { ReviewSnapshot } from './snapshot';
import { renderReport } from './report/markdown';

export function speakers(snapshot: ReviewSnapshot): SpeakerNode[] {
  const labelPath = new Map<string, string>();
  for (const a of snapshot.articles.values()) labelPath.set(a.analysis.label, a.path);
  return snapshot.review.speakers.map((s) => {
    const sources = new Map<string, SpeakerSource>();
    const sourceFor = (label: string, path: string | undefined): SpeakerSource => {
      let src = sources.get(label);
      if (!src) {
        src = { label, uri: path ? snapshot.uriOf(path) : '', quotes: [] };
        sources.set(label, src);
      }
      return src;
    };
    for (const label of s.labels) sourceFor(label, labelPath.get(label));
    for (const q of s.quotes) {
      sourceFor(q.label, q.path).quotes.push({ text: q.text, uri: snapshot.uriOf(q.path), range: snapshot.range(q.path, q.span) });
    }
    return { name: s.name, roles: [...s.roles], sources: [...sources.values()] };
  });
}

export function claims(snapshot: ReviewSnapshot, uri: string): ClaimsResult {
  const entry = snapshot.entryByUri(uri);
  if (!entry) return { label: '', role: null, claims: [], findings: [] };
  const review = entry.review;
  const findings: FindingItem[] = (review?.findings ?? []).map((f) => ({
    id: f.id,
    kind: f.kind,
    severity: f.severity,
    message: f.message,
    range: snapshot.range(f.path, f.span),
    text: f.text,
    against: f.against.map((e) => ({ label: e.label, uri: snapshot.uriOf(e.path), range: snapshot.range(e.path, e.span), text: e.text })),
  }));
  return {
    label: entry.analysis.label,
    role: entry.analysis.role,
    claims: (review?.claims ?? []).map((c) => ({
      kind: c.kind,
      range: snapshot.range(entry.path, c.span),
      text: c.text,
      value: c.value,
      comparisons: c.comparisons.map((k) => ({
        label: k.label,
        uri: snapshot.uriOf(k.path),
        relation: k.relation,
        ...(k.span ? { range: snapshot.range(k.path, k.span) } : {}),
        ...(k.text !== undefined ? { text: k.text } : {}),
        ...(k.value !== undefined ? { value: k.value } : {}),
      })),
    })),
    findings,
  };
}

export function report(snapshot: ReviewSnapshot, uri: string | undefined): ReportResult {
  const analyses = snapshot.analyses();
  if (!uri) return { markdown: renderReport(snapshot.review, analyses) };
  const entry = snapshot.entryByUri(uri);
  const documents = snapshot.review.documents.filter((d) => d.path === entry?.path);
  const title = `Source Review: conflicts in ${entry?.analysis.label ?? uri}`;
  return { markdown: renderReport({ ...snapshot.review, documents }, analyses, { title }) };
}
