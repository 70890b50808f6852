// What the review of a set of invented articles reports for one of them: the helpers the findings
// tests share, so each test file says only its articles and what it expects.
import { analyzeArticle, reviewArticles } from '../../../server/src/analysis';
import { eventKeys } from '../../../server/src/analysis/alignment/events';
import type { Finding, FindingKind } from '../../../server/src/analysis/types';

/** The findings of one kind that a review of `files` (path → text) reports in `path`. */
export function findingsIn(files: Record<string, string>, path: string, kind: FindingKind): Finding[] {
  const analyses = Object.entries(files).map(([p, text]) => analyzeArticle({ path: p, text }));
  const doc = reviewArticles(analyses).documents.find((d) => d.path === path);
  return (doc?.findings ?? []).filter((f) => f.kind === kind);
}

/** The event keys of the clock time `time` written in `text` (its first occurrence). */
export function eventKeysAt(text: string, time: string): string[] {
  const at = text.indexOf(time);
  return eventKeys(text, { start: 0, end: text.length }, { start: at, end: at + time.length });
}
