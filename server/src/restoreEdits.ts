// While a start restores every source (seconds with thousands of them), open drafts are answered
// from the stored outline of the corpus instead of waiting: the draft's claim checks (stored last
// session, then as the last answer left them) cover its unchanged claims, and its changed claims are
// checked against only the sources the outline names for them (outlineCheck.ts). That answer is the
// full check's, so it is published; the full check after the restore publishes nothing new for it.
// Only while the review set is the one the outline was read for, apart from open drafts' texts (a
// draft is not in the corpus): any other change (a file, a setting, a draft turned source) and the
// draft waits for the restore, as before. Sources loaded for an answer are kept and handed to the
// restore, so nothing is read from the index twice.
import type { Diagnostic } from 'vscode-languageserver';
import type { CheckOptions } from './analysis/index';
import type { ArticleAnalysis } from './analysis/types';
import { Part } from './analysis/alignment/partialCorpus';
import { checkFromOutline } from './outlineCheck';
import type { StoredCorpus } from './outlineStore';
import type { ArticleEntry, ArticleInput } from './snapshot';
import type { ArticleRules } from './suppression';

export interface RestoreHost {
  /** The review set's inputs now, as a check would take them. */
  inputs(): readonly ArticleInput[];
  /** The settings the checks depend on, as JSON: the answers stop if they change. */
  context(): string;
  /** The stored outline of the corpus `inputs` make, if there is one. */
  outline(inputs: readonly ArticleInput[]): StoredCorpus | undefined;
  /** The draft's stored claim checks, made against the corpus `inputs` make with the current settings. */
  storedChecks(input: ArticleInput, inputs: readonly ArticleInput[]): unknown;
  options(uri: string): CheckOptions;
  /** An open draft's analysis (as the live review makes it while typing: the same as analyzeArticle's). */
  analyzeDraft(input: ArticleInput): ArticleAnalysis;
  /** A source's analysis: as the restore made it (when it has), else from the persisted index (and handed to the restore). */
  analyze(input: ArticleInput): ArticleAnalysis;
  rulesFor(entry: ArticleEntry): ArticleRules;
  /** Publishes, unless the same diagnostics are out for this version; false when not sent. */
  publish(uri: string, version: number, diagnostics: Diagnostic[]): Promise<boolean>;
  log(message: string): void;
  error(what: string, err: unknown): void;
}

interface Base {
  inputs: readonly ArticleInput[];
  stored: StoredCorpus;
  context: string;
  /** Paths of the outline's sources. */
  sources: ReadonlySet<string>;
  /** Milliseconds the outline took to read. */
  readMs: number;
}

export class RestoreAnswers {
  /** The outline and the review set it was read for; null once it turned out not to apply. */
  private base: Base | null | undefined;
  /** Each open document's version answered (or published before the restore). */
  private readonly answered = new Map<string, number>();
  /** Each draft's claim checks as its last answer left them. */
  private readonly seeds = new Map<string, unknown>();
  /** The part of the corpus the answers so far needed (partialCorpus.ts), kept for the next. */
  private part = new Part();
  /** Sources loaded for answers, by path. */
  private readonly loaded = new Map<string, { input: ArticleInput; analysis: ArticleAnalysis }>();

  constructor(private readonly host: RestoreHost) {}

  /** The document's diagnostics for this version are out already (a stored review). */
  published(uri: string, version: number): void {
    this.answered.set(uri, version);
  }

  /**
   * Answers each of `open` (documents whose diagnostics follow typing) whose version was not
   * answered or tried yet, against `inputs` (the start's; else the review set now). Returns how
   * many were published.
   */
  async answer(open: readonly { uri: string; version: number }[], inputs?: readonly ArticleInput[]): Promise<number> {
    const due = open.filter((d) => this.answered.get(d.uri) !== d.version);
    if (due.length === 0 || this.base === null) return 0;
    const start = inputs !== undefined;
    const t0 = performance.now();
    const now = inputs ?? this.host.inputs();
    const base = this.base ?? (this.base = this.read(now));
    if (!base) return 0;
    const changed = this.changedDrafts(base, now);
    if (!changed || this.host.context() !== base.context) return 0;
    // No open document typed in may have turned source (that would change the corpus).
    const analyses = new Map<string, ArticleAnalysis>();
    for (const input of changed) {
      const a = this.host.analyzeDraft(input);
      if (a.role === 'source') return 0;
      analyses.set(input.uri, a);
    }
    const byUri = new Map(now.filter((i) => i.version !== null).map((i) => [i.uri, i]));
    const byPath = new Map(now.map((i) => [i.path, i]));
    let sent = 0;
    for (const doc of due) {
      const input = byUri.get(doc.uri);
      if (!input || input.version !== doc.version || base.sources.has(input.path)) continue;
      // Each version is tried once: one that cannot be answered here waits for the restore.
      this.answered.set(doc.uri, doc.version);
      try {
        const checks = this.seeds.get(input.path) ?? this.host.storedChecks(input, now);
        if (checks === undefined) continue;
        const analysis = analyses.get(input.uri) ?? this.host.analyzeDraft(input);
        const result = checkFromOutline({
          stored: base.stored, byPath, input, checks, analysis, options: this.host.options(doc.uri),
          analyze: (source) => this.source(source), rulesFor: (entry) => this.host.rulesFor(entry), part: this.part,
        });
        if ('reason' in result) {
          // A part grown near the limit would make every later answer give up: start afresh.
          this.part = new Part();
          this.host.log(`${start ? 'first diagnostics' : `the edit (version ${doc.version})`} of ${doc.uri} wait for the full check: ${result.reason}`);
          continue;
        }
        if (result.checks) this.seeds.set(input.path, result.checks);
        if (!(await this.host.publish(doc.uri, doc.version, result.diagnostics))) continue;
        sent++;
        const ms = (performance.now() - t0).toFixed(0);
        this.host.log(start
          ? `published the first diagnostics of ${doc.uri} from ${result.sources} of ${base.stored.paths.length} sources (corpus outline read in ${base.readMs.toFixed(0)} ms, ${result.runs} runs) in ${ms} ms; restoring the sources`
          : `published the edit (version ${doc.version}) of ${doc.uri} while restoring the sources, from ${result.sources} of ${base.stored.paths.length} sources (${result.runs} runs) in ${ms} ms`);
      } catch (err) {
        this.host.error(`checking ${doc.uri} against the corpus outline`, err);
      }
    }
    return sent;
  }

  /** The restore is over: what was kept for it goes. */
  dispose(): void {
    this.loaded.clear();
    this.seeds.clear();
    this.part = new Part();
    this.base = null;
  }

  private read(inputs: readonly ArticleInput[]): Base | null {
    const t0 = performance.now();
    try {
      const stored = this.host.outline(inputs);
      if (!stored) return null;
      // The key leaves out the texts of open documents outside the outline: each must not be a source.
      const sources = new Set(stored.paths);
      for (const input of inputs) if (input.version !== null && !sources.has(input.path) && this.host.analyzeDraft(input).role === 'source') return null;
      return { inputs, stored, context: this.host.context(), sources, readMs: performance.now() - t0 };
    } catch (err) {
      this.host.error('reading the corpus outline', err);
      return null;
    }
  }

  /**
   * The open documents whose input is not the one the outline was read for, when the review set is
   * otherwise the same (the same inputs, place by place; only open documents outside the corpus
   * differ, by text and version); undefined when anything else changed.
   */
  private changedDrafts(base: Base, now: readonly ArticleInput[]): ArticleInput[] | undefined {
    if (now.length !== base.inputs.length) return undefined;
    const changed: ArticleInput[] = [];
    for (let i = 0; i < now.length; i++) {
      const a = now[i];
      const b = base.inputs[i];
      if (a === b) continue;
      if (a.version === null || b.version === null || a.path !== b.path || a.uri !== b.uri || a.role !== b.role || base.sources.has(a.path)) return undefined;
      if (a.text !== b.text) changed.push(a);
    }
    return changed;
  }

  /** A source for an answer, loaded once. */
  private source(input: ArticleInput): ArticleAnalysis {
    const known = this.loaded.get(input.path);
    if (known && known.input === input) return known.analysis;
    const analysis = this.host.analyze(input);
    this.loaded.set(input.path, { input, analysis });
    return analysis;
  }
}
