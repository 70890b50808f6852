// `--format json`: every document with its findings, and the speakers. Ranges are LSP ranges
// (0-based lines, UTF-16 characters) so editors and scripts can place them without conversion.
import type { ArticleAnalysis, ArticleRole, FindingKind, Review, Severity } from '../analysis/types';
import { reportedDocuments } from './common';
import type { Range } from './positions';
import { Positions } from './positions';

export interface JsonEvidence {
  label: string;
  path: string;
  range: Range;
  text: string;
}

export interface JsonFinding {
  id: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  range: Range;
  text: string;
  against: JsonEvidence[];
}

export interface JsonDocument {
  path: string;
  label: string;
  role: ArticleRole;
  findings: JsonFinding[];
}

export interface JsonSpeakerQuote {
  label: string;
  path: string;
  range: Range;
  text: string;
  venue: string | null;
}

export interface JsonSpeaker {
  key: string;
  name: string;
  roles: string[];
  /** Labels of the articles that mention or quote the speaker. */
  labels: string[];
  quotes: JsonSpeakerQuote[];
}

export interface JsonReport {
  version: 1;
  documents: JsonDocument[];
  speakers: JsonSpeaker[];
}

/** The review as plain data in the documented JSON shape. */
export function toJsonReport(review: Review, analyses: readonly ArticleAnalysis[]): JsonReport {
  const positions = new Positions(analyses);
  return {
    version: 1,
    documents: reportedDocuments(review, analyses).map((d) => ({
      path: d.path,
      label: d.label,
      role: d.role,
      findings: d.findings.map((f) => ({
        id: f.id,
        kind: f.kind,
        severity: f.severity,
        message: f.message,
        range: positions.range(f.path, f.span),
        text: f.text,
        against: f.against.map((e) => ({ label: e.label, path: e.path, range: positions.range(e.path, e.span), text: e.text })),
      })),
    })),
    speakers: review.speakers.map((s) => ({
      key: s.key,
      name: s.name,
      roles: [...s.roles],
      labels: [...s.labels],
      quotes: s.quotes.map((q) => ({ label: q.label, path: q.path, range: positions.range(q.path, q.span), text: q.text, venue: q.venue })),
    })),
  };
}

export function renderJson(review: Review, analyses: readonly ArticleAnalysis[]): string {
  return JSON.stringify(toJsonReport(review, analyses), null, 2) + '\n';
}
