// The live review set. One Corpus of sources stays alive across checks: a check compares the
// current texts with what was analysed last time, re-analyses only the articles that changed, and
// updates only those sources in the corpus. Reviews are computed when asked for and kept until the
// article or the corpus changes, so a keystroke in a draft re-checks that draft alone, and an edit of
// a source re-checks the open articles (the rest wait until a report or a request needs them).
import { createHash } from 'node:crypto';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkArticle, Corpus, summariseSpeakers, type CheckOptions } from './analysis/index';
import type { ArticleAnalysis, DocumentReview, Review, SpeakerSummary } from './analysis/types';
import { IncrementalAnalyzer } from './analysis/incremental';
import { IncrementalChecker, type PortableChecks } from './analysis/findings/incremental';
import { outlineOf, type OutlineData } from './analysis/alignment/corpusOutline';
import type { ArticleEntry, ArticleInput, ReviewView } from './snapshot';

export { ReviewSnapshot, type ArticleEntry, type ArticleInput, type ReviewView } from './snapshot';

type Log = (message: string) => void;

/** Turns an article's text into its analysis; `editing` for an open document being typed in. */
export interface Analyzer {
  analyze(input: ArticleInput, editing: boolean): ArticleAnalysis;
  /** Runs `fn` with what the last analysis of `path` remembered, if the analyser keeps anything. */
  within?<T>(path: string, fn: () => T): T;
  /** The path left the review set. */
  forget(path: string): void;
  clear(): void;
}

/** What one update changed. */
export interface UpdateResult {
  /** Paths analysed again (new or changed text or role). */
  analysed: string[];
  /** Paths new to the review set (also in `analysed`). */
  added: string[];
  /** Paths that left the review set. */
  removed: string[];
  /** A source was added, changed or removed: every review may have changed. */
  corpusChanged: boolean;
  /** The speakers summary may have changed (people, roles or quotes of some article). */
  speakersChanged: boolean;
  /** Milliseconds spent analysing and updating the corpus. */
  ms: number;
}

interface ReviewMemo {
  generation: number;
  analysis: ArticleAnalysis;
  tolerance: number | undefined;
  review: DocumentReview;
}

/** What the Speakers view shows of one article: its people and who it quotes where. */
function speakerSignature(a: ArticleAnalysis): string {
  return JSON.stringify([
    a.role,
    a.people.map((p) => [p.key, p.name, p.roles]),
    a.quotes.map((q) => [q.speaker?.key ?? null, q.text, q.venue?.text ?? null, q.span.start]),
  ]);
}

export class LiveReview implements ReviewView {
  private corpus = new Corpus();
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly byUri = new Map<string, ArticleEntry>();
  private readonly reviews = new Map<string, ReviewMemo>();
  private readonly signatures = new Map<string, string>();
  /** Bumped whenever the corpus changes: every memoised review is then out of date. */
  private generation = 0;
  /** Bumped whenever any article changes: the speakers summary is then out of date. */
  private contentVersion = 0;
  private speakerMemo: { version: number; speakers: SpeakerSummary[] } | undefined;
  /** Open articles are checked claim by claim, re-checking only the claims an edit touched. */
  private readonly checker = new IncrementalChecker();
  /**
   * The inputs of the last update, place by place, each as it was applied (its entry holds its text,
   * role, uri and version); undefined where the analysis failed, so that one is tried again. Undefined
   * while an update runs, so one that threw leaves the next to compare every path.
   */
  private applied: readonly (ArticleInput | undefined)[] | undefined = [];

  constructor(
    /** Check options per article (settings are per resource). */
    private readonly optionsFor: (entry: ArticleEntry) => CheckOptions,
    private readonly log: Log,
    private readonly analyzer: Analyzer = new IncrementalAnalyzer(),
  ) {}

  get articles(): ReadonlyMap<string, ArticleEntry> {
    return this.entries;
  }

  entryByPath(path: string): ArticleEntry | undefined {
    return this.entries.get(path);
  }

  entryByUri(uri: string): ArticleEntry | undefined {
    return this.byUri.get(uri);
  }

  /** Brings the set up to date with `inputs` (the whole review set, disk and open documents). */
  update(inputs: readonly ArticleInput[]): UpdateResult {
    const t0 = performance.now();
    const result: UpdateResult = { analysed: [], added: [], removed: [], corpusChanged: false, speakersChanged: false, ms: 0 };
    // A keystroke hands over the same input objects for every file on disk, in the same order, and
    // a new one for the document typed in. Inputs applied last time at the same place are skipped
    // without touching their entries (at 1,000 sources, looking each one up cost about a
    // millisecond a keystroke); when every place holds the same path as before, no path can have
    // left the set either. The same holds when inputs only grow at the end (a restore in slices).
    const last = this.applied;
    this.applied = undefined;
    const aligned = last !== undefined && last.length <= inputs.length && last.every((l, i) => inputs[i] === l || (l !== undefined && inputs[i].path === l.path));
    // The last update's list is written over in place when it has as many places (every keystroke:
    // a new list of 1,000 places was 8 KB of garbage each time); each place is read before it is written.
    const applied: (ArticleInput | undefined)[] = last !== undefined && last.length === inputs.length ? last as (ArticleInput | undefined)[] : new Array(inputs.length);
    const seen = aligned ? undefined : new Set<string>();
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      if (aligned && i < last!.length && input === last![i]) {
        applied[i] = input;
        continue;
      }
      seen?.add(input.path);
      const old = this.entries.get(input.path);
      if (old && old.text === input.text && old.role === input.role && old.uri === input.uri) {
        // Same text: only the document version moves on (a file opened or closed unchanged).
        if (old.version !== input.version) {
          this.put({ ...old, version: input.version }, old);
          if (input.version === null) this.checker.forget(input.path); // closed: no typing to follow
        }
        applied[i] = input;
        continue;
      }
      if (input.version === null) this.checker.forget(input.path);
      let analysis: ArticleAnalysis;
      try {
        analysis = this.analyzer.analyze(input, input.version !== null);
      } catch (err) {
        this.log(`could not analyse ${input.path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        applied[i] = undefined;
        if (old) this.remove(old.path, result);
        continue;
      }
      const entry: ArticleEntry = { ...input, analysis, lines: TextDocument.create(input.uri, 'plaintext', 0, input.text) };
      this.put(entry, old);
      applied[i] = input;
      result.analysed.push(input.path);
      if (!old) result.added.push(input.path);
      if (analysis.role === 'source' || old?.analysis.role === 'source') {
        this.corpus.set(analysis); // replaces the old version; a source turned draft just leaves
        result.corpusChanged = true;
      }
      // Kept as a hash: the signature of every article would otherwise be kept whole.
      const signature = createHash('sha1').update(speakerSignature(analysis)).digest('base64');
      if (this.signatures.get(input.path) !== signature) {
        this.signatures.set(input.path, signature);
        result.speakersChanged = true;
      }
    }
    if (seen) for (const path of [...this.entries.keys()]) if (!seen.has(path)) this.remove(path, result);
    this.applied = applied;
    if (result.corpusChanged) this.generation++;
    if (result.analysed.length > 0 || result.removed.length > 0) this.contentVersion++;
    result.ms = performance.now() - t0;
    return result;
  }

  private put(entry: ArticleEntry, old: ArticleEntry | undefined): void {
    if (old && old.uri !== entry.uri) this.byUri.delete(old.uri);
    this.entries.set(entry.path, entry);
    this.byUri.set(entry.uri, entry);
  }

  private remove(path: string, result: UpdateResult): void {
    const old = this.entries.get(path);
    if (!old) return;
    this.entries.delete(path);
    this.byUri.delete(old.uri);
    this.reviews.delete(path);
    this.signatures.delete(path);
    this.analyzer.forget(path);
    this.checker.forget(path);
    if (old.analysis.role === 'source') {
      this.corpus.delete(path);
      result.corpusChanged = true;
    }
    result.removed.push(path);
    result.speakersChanged = true;
  }

  /** The article's review against the current corpus, computed once per corpus generation. */
  reviewOf(path: string): DocumentReview | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    const options = this.optionsFor(entry);
    const memo = this.reviews.get(path);
    if (memo && memo.generation === this.generation && memo.analysis === entry.analysis && memo.tolerance === options.figureTolerance) {
      return memo.review;
    }
    let review: DocumentReview;
    try {
      // An open article's check reads its sentences' tokens again (statements): from the analysis
      // just made, through the analyser's memory, instead of tokenising the whole article anew.
      const checker = this.checker;
      const corpus = this.corpus;
      const generation = this.generation;
      review = entry.version !== null
        ? (this.analyzer.within ? this.analyzer.within(path, () => checker.check(corpus, entry.analysis, options, generation)) : checker.check(corpus, entry.analysis, options, generation))
        : checkArticle(this.corpus, entry.analysis, options);
    } catch (err) {
      this.log(`could not check ${path}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      const a = entry.analysis;
      review = { path, label: a.label, role: a.role, findings: [], claims: [] };
    }
    this.reviews.set(path, { generation: this.generation, analysis: entry.analysis, tolerance: options.figureTolerance, review });
    return review;
  }

  /**
   * The claim-by-claim results of the last check of open article `path`, when they were made
   * against the corpus as it is now (see IncrementalChecker.exportChecks); for keeping on disk.
   */
  exportChecks(path: string): PortableChecks | undefined {
    const entry = this.entries.get(path);
    if (!entry || entry.version === null) return undefined;
    return this.checker.exportChecks(entry.analysis, this.optionsFor(entry), this.generation);
  }

  /**
   * Starts open article `path`'s claim-by-claim memory from a stored copy. The caller promises the
   * copy was made against a corpus equal to the current one (it keys the copy by every source);
   * the next check then re-checks only the claims not in it. False when it does not apply.
   */
  seedChecks(path: string, stored: unknown): boolean {
    const entry = this.entries.get(path);
    if (!entry || entry.version === null || this.isReviewed(path)) return false;
    return this.checker.seedChecks(entry.analysis, this.optionsFor(entry), this.generation, stored);
  }

  /** The sources in the corpus's order (the order the engine meets them in). */
  sourceOrder(): string[] {
    return [...this.corpus.all()].map((c) => c.article.path);
  }

  /** The outline of the corpus as it is now (see corpusOutline.ts). */
  outline(): OutlineData | undefined {
    return outlineOf(this.corpus);
  }

  /** True when `reviewOf(path)` would answer from memory. */
  isReviewed(path: string): boolean {
    const memo = this.reviews.get(path);
    const entry = this.entries.get(path);
    return !!memo && !!entry && memo.generation === this.generation && memo.analysis === entry.analysis &&
      memo.tolerance === this.optionsFor(entry).figureTolerance;
  }

  speakers(): readonly SpeakerSummary[] {
    if (this.speakerMemo?.version !== this.contentVersion) {
      const analyses = [...this.entries.values()].map((e) => e.analysis);
      this.speakerMemo = { version: this.contentVersion, speakers: summariseSpeakers(this.corpus, analyses) };
    }
    return this.speakerMemo.speakers;
  }

  /** Every article's review, in path order, and the speakers. */
  review(): Review {
    const documents: DocumentReview[] = [];
    for (const path of [...this.entries.keys()].sort()) {
      const r = this.reviewOf(path);
      if (r) documents.push(r);
    }
    return { documents, speakers: [...this.speakers()] };
  }

  /** Forgets everything: the next update analyses every article again. */
  clear(): void {
    this.applied = [];
    this.corpus = new Corpus();
    this.entries.clear();
    this.byUri.clear();
    this.reviews.clear();
    this.signatures.clear();
    this.analyzer.clear();
    this.checker.clear();
    this.generation++;
    this.contentVersion++;
  }
}
