// The first diagnostics of an open draft at a start, before every source is restored: the draft's
// claim checks stored last session (checkCache.ts) cover its unchanged claims, and the claims that
// changed are checked against only the sources the stored outline of the corpus files under their
// look-ups (analysis/alignment/partialCorpus.ts), with the whole corpus's statistics. The answer is
// the full check's (the tests prove it); the full restore that follows publishes nothing new.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { analyzeArticle, type CheckOptions } from './analysis/index';
import type { ArticleAnalysis } from './analysis/types';
import { StoredOutline } from './analysis/alignment/corpusOutline';
import { Part, runOnPart, strangersTo } from './analysis/alignment/partialCorpus';
import { IncrementalChecker, type PortableChecks } from './analysis/findings/incremental';
import { diagnosticsFor } from './diagnostics';
import type { StoredCorpus } from './outlineStore';
import { ReviewSnapshot, type ArticleEntry, type ArticleInput } from './snapshot';
import { SuppressedView } from './suppressedView';
import type { ArticleRules } from './suppression';

/** Above this share of the sources, restoring them all is about as quick: not tried. */
const MOST_SOURCES = 0.6;

export interface OutlineCheckRequest {
  stored: StoredCorpus;
  /** The review set's inputs, by path. */
  byPath: ReadonlyMap<string, ArticleInput>;
  /** The open draft. */
  input: ArticleInput;
  /** The draft's stored claim checks, made against this corpus with these settings. */
  checks: unknown;
  /** The draft's analysis, when already made. */
  analysis?: ArticleAnalysis;
  /** The part of the corpus an earlier check held, to start from (and grow). */
  part?: Part;
  options: CheckOptions;
  /** A source's analysis (from the persisted index, as the restore takes it). */
  analyze: (input: ArticleInput) => ArticleAnalysis;
  rulesFor: (entry: ArticleEntry) => ArticleRules;
}

export type OutlineCheckResult = {
  diagnostics: Diagnostic[];
  sources: number;
  runs: number;
  /** The draft's claim checks as this check left them (against the whole corpus, as the stored ones): the next edit's seed. */
  checks: PortableChecks | undefined;
} | { reason: string };

export function checkFromOutline(r: OutlineCheckRequest): OutlineCheckResult {
  const analysis = r.analysis ?? analyzeArticle({ path: r.input.path, text: r.input.text, ...(r.input.role ? { role: r.input.role } : {}) });
  if (analysis.role !== 'draft') return { reason: 'not a draft' };
  const outline = new StoredOutline(r.stored.data);
  const loaded = new Map<string, ArticleAnalysis>();
  const load = (place: number): ArticleAnalysis | undefined => {
    const input = r.byPath.get(r.stored.paths[place]);
    if (!input) return undefined;
    let a = loaded.get(input.path);
    if (!a) loaded.set(input.path, a = r.analyze(input));
    return a;
  };
  let seeded = true;
  let last: IncrementalChecker | undefined;
  const part = runOnPart(outline, load, (corpus) => {
    const checker = last = new IncrementalChecker();
    seeded &&= checker.seedChecks(analysis, r.options, 0, r.checks);
    return checker.check(corpus, analysis, r.options, 0);
  }, Math.floor(r.stored.paths.length * MOST_SOURCES), r.part, strangersTo(analysis, outline, (place) => r.stored.paths[place]));
  if (!seeded) return { reason: 'the stored checks do not apply' };
  if (!part) return { reason: 'the changed claims meet most sources' };
  // What the diagnostics read: the draft, and each source a finding names (its uri and lines; a
  // stored result names sources the part may not hold).
  const entries = new Map<string, ArticleEntry>();
  entries.set(r.input.path, { ...r.input, analysis, lines: TextDocument.create(r.input.uri, 'plaintext', 0, r.input.text) });
  for (const f of part.value.findings) {
    for (const e of f.against) {
      if (entries.has(e.path)) continue;
      const input = r.byPath.get(e.path);
      if (!input) return { reason: `evidence from a source not in the review set (${e.path})` };
      const a = loaded.get(e.path) ?? r.analyze(input);
      entries.set(e.path, { ...input, analysis: a, lines: TextDocument.create(input.uri, 'plaintext', 0, input.text) });
    }
  }
  const view = new SuppressedView(() => snapshot, r.rulesFor);
  const snapshot = new ReviewSnapshot({ documents: [part.value], speakers: [] }, entries);
  // The last run is the one answered: every claim it checked met every source the whole corpus would give.
  return { diagnostics: diagnosticsFor(view, r.input.path), sources: part.sources, runs: part.runs, checks: last!.exportChecks(analysis, r.options, 0) };
}
