// The Source Review language server: keeps the review set (workspace articles + open documents),
// re-checks what changed after edits, file events and setting changes, and publishes findings for
// every open article. The engine (./analysis) does the reading; review.ts keeps its results alive
// between checks; this file only orchestrates.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { NotificationType } from 'vscode-jsonrpc';
import { diagnosticsFor, PublishedDiagnostics } from './diagnostics';
import { hoverAt } from './hover';
import {
  CheckingNotification, ClaimsRequest, RecheckAllRequest, ReportRequest, ReviewChangedNotification, SpeakersRequest,
  type ClaimsParams, type ReportParams,
} from './protocol';
import * as requests from './requests';
import { LiveReview, type Analyzer, type ArticleInput, type ReviewView } from './review';
import { IncrementalAnalyzer } from './analysis/incremental';
import { IndexStore, PersistedAnalyzer } from './indexStore';
import { PrefetchedAnalyzer, stagedUpdate } from './ingest/staged';
import { defaultPoolMinimum, poolsRunning } from './ingest/pool';
import { ReviewCache, reviewKey } from './reviewCache';
import { CheckCache, corpusKey } from './checkCache';
import { OutlineStore, outlineKey } from './outlineStore';
import { RestoreAnswers } from './restoreEdits';
import { updateInSlices } from './slicedUpdate';
import { ReviewControls } from './controls';
import { Scheduler } from './scheduler';
import { changesReviewSet, DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { isArticleName, makeFolder, pathOfUri, ReviewSet } from './workspace';
import { holdNewSpace } from './newSpace';
import { applyServerHeapSettings } from './heapSettings';
import { helperThreadsLine } from './helperThreads';

// The heap flags of a server (heapSettings.ts): 20% growth, no pretenuring.
applyServerHeapSettings();

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

const log = (m: string) => connection.console.log(m);
const warn = (m: string) => connection.console.warn(m);
const logError = (what: string, err: unknown) =>
  connection.console.error(`${what}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);

/** Wraps a handler so an exception is logged and answered with `fallback`, never a crash. */
function guard<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await fn(...args);
    } catch (err) {
      logError(name, err);
      return fallback;
    }
  };
}

/** The protocol module's types come from the top-level vscode-jsonrpc; send by method name. */
function notify<P>(type: NotificationType<P>, params: P): void {
  connection.sendNotification(type.method, params).catch((err: unknown) => logError(type.method, err));
}

process.on('uncaughtException', (err) => logError('uncaught exception', err));
process.on('unhandledRejection', (err) => logError('unhandled rejection', err));

const can = { configuration: false, watchedFiles: false, configurationChange: false, workspaceFolders: false };
let globalSettings: Settings = { ...DEFAULT_SETTINGS };
const reviewSet = new ReviewSet(log);
const published = new PublishedDiagnostics();
/** Hands over the sources a first start analysed in worker threads (ingest/staged.ts). */
const prefetcher: PrefetchedAnalyzer = new PrefetchedAnalyzer(new IncrementalAnalyzer());
/**
 * Analyses articles; sources read from disk go through the persisted source index once the client
 * gives a storage folder (initializationOptions.storagePath), so a restart skips unchanged sources.
 */
const analyzer = new PersistedAnalyzer<ArticleInput, [boolean]>(prefetcher);
/**
 * The persisted analyser, for the live review and the check from the outline, holding V8's new
 * space at its limit while sources on disk are analysed afresh (newSpace.ts): a first start. Not
 * while they are read back from the index (one series measured ~8% more CPU there) or an open
 * document is analysed, and not while ingestion workers run (the setting is the process's, and
 * would keep their isolates' new spaces at the size they started with).
 */
const liveAnalyzer: Analyzer = {
  analyze: (input, editing) => {
    const fromIndex = analyzer.fromIndex;
    const analysis = analyzer.analyze(input, editing);
    if (input.version === null && analyzer.fromIndex === fromIndex && poolsRunning() === 0) holdNewSpace();
    return analysis;
  },
  within: (path, fn) => analyzer.within(path, fn),
  forget: (path) => analyzer.forget(path),
  clear: () => analyzer.clear(),
};
/** Hands the restore the sources read to answer edits meanwhile (restoreEdits.ts), so none is read twice. */
const handed = new PrefetchedAnalyzer(liveAnalyzer);
/** Every article's analysis and the live corpus of sources, kept between checks. */
const live = new LiveReview((entry) => {
  const tolerance = settingsFor(entry.uri).figureTolerance;
  return tolerance === undefined ? {} : { figureTolerance: tolerance };
}, (m) => connection.console.error(m), handed);

/**
 * The first review of each open article, on disk (with the source index's storage folder): a start
 * where nothing changed publishes it before the sources are restored; see reviewCache.ts.
 */
let reviewCache: ReviewCache | undefined;
/**
 * The claim-by-claim check results of each open article, on disk: a start where no source changed
 * but the article did re-checks only its changed claims; see checkCache.ts.
 */
let checkCache: CheckCache | undefined;
/**
 * The outline of the corpus (statistics, and which sources each look-up key files), on disk: a
 * start where no source changed but an open draft did publishes the draft's first diagnostics
 * before every source is restored; see outlineStore.ts and outlineCheck.ts.
 */
let outlineStore: OutlineStore | undefined;
/** The inputs of the last check that finished, while the live review still holds them. */
let lastInputs: readonly ArticleInput[] | undefined;
/** The settings of the last check that finished (checksContext then). */
let lastContext: unknown;
/** A check ran since the open articles' check results were last stored. */
let checksDirty = false;
let keepChecksTimer: ReturnType<typeof setTimeout> | undefined;
/** Open articles whose stored checks were looked up this session (once each, on their first check). */
const seedTried = new Set<string>();
/**
 * After a keystroke's check, the persisted index's background writes wait this long for the next
 * keystroke (IndexStore.hold): after a first start, writing 1,000 entries in batches between
 * keystrokes doubled their answers' p50.
 */
const TYPING_PAUSE_MS = 250;
/** How long typing must rest before the check results are stored (the write is not free). */
const KEEP_CHECKS_AFTER_MS = 2000;
/** False until the first check has brought the live review up to date (restored every source). */
let corpusLoaded = false;
/** The version each open document had when opened: its review is worth keeping for the next start. */
const openedVersions = new Map<string, number>();

/** The engine build: entries of the source index written by another build are not used. */
function engineId(): string {
  try {
    return createHash('sha1').update(fs.readFileSync(__filename)).digest('hex').slice(0, 12);
  } catch {
    return 'unknown';
  }
}
const engine = engineId();
/** Paths of open documents whose file was deleted on disk: out of the review set until saved again. */
const deletedOnDisk = new Set<string>();
/** Settings a client pushed with didChangeConfiguration, when it cannot answer workspace/configuration. */
let pushedSettings: unknown;
let markReady: () => void = () => undefined;
/** Resolves once the settings are read and the folders scanned; checks wait for it. */
const ready = new Promise<void>((resolve) => { markReady = resolve; });

const scheduler = new Scheduler(check, (m) => connection.console.error(m));

/** When to check, what to hide, quick fixes and CodeLens (controls.ts). */
const controls = new ReviewControls({
  connection, documents, settingsFor, log, warn,
  folderOf: (path) => reviewSet.folderOf(path),
  folderCount: () => reviewSet.getFolders().length,
  allSettings: () => [globalSettings, ...reviewSet.getFolders().map((f) => f.settings)],
  view: () => live,
  flush: async () => { await current(); },
  checkNow: () => scheduler.now(),
  schedule: (key, delayMs) => scheduler.schedule(key, delayMs),
});
/** The review as the editor sees it: without what ignore comments, markers and settings hide. */
const view = controls.view;

// ------------------------------------------------------------------ which documents are articles

function isArticleDocument(doc: TextDocument): boolean {
  const scheme = doc.uri.slice(0, doc.uri.indexOf(':'));
  if (scheme !== 'file' && scheme !== 'untitled') return false;
  return doc.languageId === 'plaintext' || doc.languageId === 'markdown' || isArticleName(pathOfUri(doc.uri));
}

/** Open documents count when the review set would include them, or when outside every folder. */
function openArticleCounts(doc: TextDocument): boolean {
  if (!isArticleDocument(doc)) return false;
  if (doc.uri.startsWith('untitled:')) return true;
  const path = pathOfUri(doc.uri);
  if (deletedOnDisk.has(path)) return false;
  return reviewSet.folderOf(path) === undefined || reviewSet.includes(path);
}

function settingsFor(uri: string): Settings {
  return reviewSet.folderOf(pathOfUri(uri))?.settings ?? globalSettings;
}

/** Open documents over the size limit, reported once each. */
const tooLarge = new Set<string>();

/** The input made for each file read from disk, reused while the file and its role stay the same. */
const diskInputs = new WeakMap<object, ArticleInput>();

function diskInput(f: ReturnType<typeof reviewSet.diskArticles>[number]): ArticleInput {
  const role = reviewSet.roleOverride(f.path);
  const known = diskInputs.get(f);
  if (known && known.role === role) return known;
  const input: ArticleInput = { path: f.path, uri: f.uri, text: f.text, version: null, ...(role ? { role } : {}), ...(f.stamp ? { stamp: f.stamp } : {}) };
  diskInputs.set(f, input);
  return input;
}

/** An open document's input, or null when it is left out of the review set (not an article, deleted on disk, too large). */
function openInput(doc: TextDocument, path: string): ArticleInput | null {
  if (!openArticleCounts(doc)) return null;
  const text = doc.getText();
  const limit = settingsFor(doc.uri).maxFileSize;
  if (text.length > limit) {
    // Characters are a lower bound on UTF-8 bytes: a document this long is over the limit.
    if (!tooLarge.has(doc.uri)) warn(`skipping ${doc.uri}: larger than sourceReview.maxFileSize (${limit} bytes)`);
    tooLarge.add(doc.uri);
    return null;
  }
  tooLarge.delete(doc.uri);
  const role = doc.uri.startsWith('untitled:') ? 'draft' : reviewSet.roleOverride(path);
  // Debounced per document: while its own quiet time runs, it keeps the text last checked.
  const last = scheduler.isPending(doc.uri) ? live.entryByUri(doc.uri) : undefined;
  if (last && last.version !== null && last.role === (role || undefined)) {
    return { path, uri: doc.uri, text: last.text, version: last.version, ...(role ? { role } : {}) };
  }
  return { path, uri: doc.uri, text, version: doc.version, ...(role ? { role } : {}) };
}

/**
 * Every article of the review set: the files on disk in their order, an open document in the place
 * of its file (or left out), then open documents with no file, in the editor's order. Runs on every
 * keystroke: the files' list is walked once, without a map of every path (at 1,000 sources that map
 * was about 60 KB of garbage a keystroke; docs/PERFORMANCE.md, thirtieth round).
 */
function currentArticles(): ArticleInput[] {
  const disk = reviewSet.diskArticles();
  const opened: [string, ArticleInput | null][] = [];
  const open = new Map<string, ArticleInput | null>();
  for (const doc of documents.all()) {
    const path = pathOfUri(doc.uri);
    const input = openInput(doc, path);
    opened.push([path, input]);
    open.set(path, input);
  }
  if (open.size < opened.length) return mergedByPath(disk, opened); // two open documents of one path
  // Made at its longest and cut to what it holds: grown by pushes, it was copied about twenty times (25 KB a keystroke at 1,000 sources).
  const out: ArticleInput[] = new Array(disk.length + opened.length);
  let n = 0;
  for (const f of disk) {
    const o = open.get(f.path);
    if (o === undefined) out[n++] = diskInput(f);
    else if (o !== null) out[n++] = o;
  }
  for (const [path, o] of opened) if (o !== null && reviewSet.diskText(path) === undefined) out[n++] = o;
  out.length = n;
  return out;
}

/** currentArticles' order when open documents share a path: each one replaces, removes or appends in turn. */
function mergedByPath(disk: ReturnType<typeof reviewSet.diskArticles>, opened: readonly [string, ArticleInput | null][]): ArticleInput[] {
  const byPath = new Map<string, ArticleInput>();
  for (const f of disk) byPath.set(f.path, diskInput(f));
  for (const [path, input] of opened) {
    if (input === null) byPath.delete(path);
    else byPath.set(path, input);
  }
  return [...byPath.values()];
}

// ------------------------------------------------------------------ checking and publishing

/** Checks slower than this are logged as warnings (the status item shows them too). */
const SLOW_CHECK_MS = 500;

async function check(): Promise<void> {
  await ready;
  notify(CheckingNotification, { busy: true });
  const t0 = performance.now();
  let failed: string | undefined;
  let ms: number | undefined;
  try {
    const inputs = controls.enabled(currentArticles());
    lastInputs = undefined;
    // The first check restores every source before it can check anything (seconds with thousands
    // of sources): publish what an unchanged start answered last time first, if anything.
    const early = !corpusLoaded && reviewCache ? await publishCached(reviewCache, inputs) : new Set<string>();
    // Open drafts are answered from the stored corpus outline, first and while the sources are restored.
    const answers = !corpusLoaded && outlineStore && checkCache ? await answerFromOutline(outlineStore, checkCache, inputs, early) : undefined;
    let result;
    try {
      const between = answers && inputs.length >= restoreAnswersMinimum ? () => answerEdits(answers) : undefined;
      result = corpusLoaded && live.articles.size > 0 ? live.update(inputs) : await firstUpdate(inputs, between);
    } finally {
      answers?.dispose();
      handed.dropOffers();
    }
    corpusLoaded = true;
    if (checkCache) seedChecks(checkCache, inputs);
    // Let edits that arrived meanwhile land: a document whose version moved on is not published
    // now (its own timer checks it again), so stale results never reach the editor.
    await new Promise((resolve) => setImmediate(resolve));
    const t1 = performance.now();
    const sent = publishAll();
    if (reviewCache) keepReviews(reviewCache, inputs, sent);
    lastInputs = inputs;
    lastContext = checksContext();
    if (checkCache) {
      checksDirty = true;
      if (keepChecksTimer) clearTimeout(keepChecksTimer);
      keepChecksTimer = setTimeout(() => { keepChecksTimer = undefined; keepChecks(); }, KEEP_CHECKS_AFTER_MS);
    }
    controls.afterCheck();
    analyzer.store?.hold(TYPING_PAUSE_MS);
    ms = Math.round(performance.now() - t0);
    if (result.analysed.length > 0 || result.removed.length > 0 || sent.length > 0) {
      const what = result.analysed.length === 1 ? live.entryByPath(result.analysed[0])?.analysis.label ?? '1 article' : `${result.analysed.length} articles`;
      const line = `checked ${what}${result.removed.length > 0 ? `, ${result.removed.length} removed` : ''}: ` +
        `analysis ${result.ms.toFixed(1)} ms, review and publish ${(performance.now() - t1).toFixed(1)} ms ` +
        `(${sent.length} document${sent.length === 1 ? '' : 's'} published; ${live.articles.size} articles in the review set)`;
      if (ms > SLOW_CHECK_MS) warn(`slow ${line}`); else log(line);
    }
    if (result.added.length > 0 || result.removed.length > 0 || result.speakersChanged) {
      notify(ReviewChangedNotification, { articles: live.articles.size });
    }
  } catch (err) {
    failed = err instanceof Error ? err.message : String(err);
    logError('check failed', err);
  } finally {
    notify(CheckingNotification, { busy: false, ...(ms !== undefined ? { ms } : {}), ...(failed !== undefined ? { failed } : {}) });
  }
}

/**
 * Fewer articles than this and edits typed during the restore wait for it (SOURCE_REVIEW_RESTORE_ANSWERS_MIN):
 * a restore of 1,000 sources is over in under a second, about when the first partial answer would
 * come, and answering there cost the bench's keystroke p95 (20-30 → 70-150 ms) and 15 MB of peak
 * memory (docs/PERFORMANCE.md, ninth round, edits during the restore). At 10,000 the restore takes
 * 7 to 8 s and the answers come after about 3 s.
 */
const restoreAnswersMinimum = Number(process.env.SOURCE_REVIEW_RESTORE_ANSWERS_MIN ?? 3000);

/** Worker threads for a first start's analysis: SOURCE_REVIEW_WORKERS (0 turns them off), else one per core but one. */
const ingestWorkers = process.env.SOURCE_REVIEW_WORKERS === undefined ? undefined : Number(process.env.SOURCE_REVIEW_WORKERS);
/** Fewer sources to analyse than this and the workers are not worth starting (SOURCE_REVIEW_POOL_MIN; see ingest/pool.ts). */
const poolMinimum = Number(process.env.SOURCE_REVIEW_POOL_MIN ?? defaultPoolMinimum());

/**
 * The first update (a start, or after Re-check All): every source not in the persisted index is
 * analysed in worker threads while the corpus takes in those already done; the result is the same as
 * live.update(inputs). Anything the workers cannot do is analysed here, as before.
 */
async function firstUpdate(inputs: readonly ArticleInput[], between?: () => Promise<void>): Promise<ReturnType<LiveReview['update']>> {
  if ((ingestWorkers !== undefined && !(ingestWorkers > 0)) || !Number.isFinite(poolMinimum)) return between ? updateInSlices(live, inputs, between) : live.update(inputs);
  const store = analyzer.store;
  const result = await stagedUpdate(live, inputs, {
    analyzer: prefetcher,
    // Disk files without an index entry: a file with one is most likely read back from it instead.
    wanted: (input) => input.version === null && !(store && input.stamp && fs.existsSync(store.fileOf(input.path))),
    minSources: poolMinimum,
    pool: ingestWorkers !== undefined ? { workers: ingestWorkers } : {},
    log: warn,
    ...(between ? { between } : {}),
  });
  if (result.pooled > 0) log(`analysed ${result.pooled} sources in worker threads and ${result.here} on the main thread meanwhile (${result.ms.toFixed(0)} ms with the corpus)`);
  return result;
}

/** Publishes the diagnostics of every open article whose review changed; returns their uris. */
function publishAll(): string[] {
  const sent: string[] = [];
  for (const doc of documents.all()) {
    if (!isArticleDocument(doc)) continue;
    const entry = live.entryByUri(doc.uri);
    if (entry && entry.version !== doc.version) continue; // stale: a newer check is scheduled
    if (!controls.mayPublish(doc.uri, doc.version)) continue; // sourceReview.run: onSave / manual
    try {
      const review = entry ? view.reviewOf(entry.path) : undefined;
      if (published.unchanged(doc.uri, review, doc.version)) continue;
      const diagnostics = entry ? diagnosticsFor(view, entry.path) : [];
      if (published.changed(doc.uri, diagnostics, doc.version, review)) {
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
        sent.push(doc.uri);
      }
    } catch (err) {
      logError(`publishing ${doc.uri}`, err);
    }
  }
  return sent;
}

/** What an open article's diagnostics depend on besides the inputs: settings and suppression rules. */
function reviewContext(path: string, uri: string): unknown {
  return {
    global: globalSettings,
    folders: reviewSet.getFolders().map((f) => [f.uri, f.settings]),
    rules: controls.rulesFor(path, uri),
  };
}

/**
 * Publishes the stored diagnostics of every open article (checked on typing) whose key matches:
 * the same engine, inputs, settings and rules as when they were made, so they are exactly what the
 * full check will answer. Returns once they are sent.
 */
async function publishCached(cache: ReviewCache, inputs: readonly ArticleInput[]): Promise<Set<string>> {
  const t0 = performance.now();
  const open = new Set(documents.all().map((d) => d.uri));
  const done = new Set<string>();
  if (open.size === 0) return done;
  const byUri = new Map<string, ArticleInput>();
  for (const input of inputs) if (open.has(input.uri)) byUri.set(input.uri, input);
  let sent = 0;
  for (const doc of documents.all()) {
    const input = byUri.get(doc.uri);
    if (!input || input.version !== doc.version || !isArticleDocument(doc) || !controls.checksOnType(doc.uri)) continue;
    try {
      const diagnostics = cache.load(input.path, reviewKey(engine, input.path, inputs, reviewContext(input.path, doc.uri)));
      if (!diagnostics || !published.changed(doc.uri, diagnostics, doc.version)) continue;
      await connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
      done.add(doc.uri);
      sent++;
    } catch (err) {
      logError(`publishing the stored review of ${doc.uri}`, err);
    }
  }
  if (sent === 0) return done;
  log(`published the stored review of ${sent} document${sent === 1 ? '' : 's'} in ${(performance.now() - t0).toFixed(1)} ms; restoring the sources`);
  // Let the notification leave before the long restore holds the thread.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

/** Open documents whose diagnostics follow typing (`due`: not within their quiet time), with their versions. */
function typedDocuments(due: boolean): { uri: string; version: number }[] {
  return documents.all()
    .filter((doc) => isArticleDocument(doc) && controls.checksOnType(doc.uri) && !(due && scheduler.isWaiting(doc.uri)))
    .map((doc) => ({ uri: doc.uri, version: doc.version }));
}

/**
 * Publishes the first diagnostics of every open draft (checked on typing, no stored review
 * published) whose claim checks were stored against the same corpus and settings, checking its
 * changed claims against only the sources the stored outline names for them (outlineCheck.ts), and
 * returns what answers edits the same way while the sources are restored (restoreEdits.ts).
 * Anything that does not apply (no outline, another corpus, a check that meets most sources) is
 * left to the full check that follows.
 */
async function answerFromOutline(store: OutlineStore, checks: CheckCache, inputs: readonly ArticleInput[], done: ReadonlySet<string>): Promise<RestoreAnswers> {
  const answers = new RestoreAnswers({
    inputs: () => controls.enabled(currentArticles()),
    context: () => JSON.stringify(checksContext()),
    outline: (now) => store.load((sources) => outlineKey(engine, now, sources)),
    storedChecks: (input, now) => checks.load(input.path, corpusKey(engine, input.path, now, checksContext(), false)),
    options: (uri) => {
      const tolerance = settingsFor(uri).figureTolerance;
      return tolerance === undefined ? {} : { figureTolerance: tolerance };
    },
    analyzeDraft: (input) => handed.analyze(input, true),
    analyze: (source) => {
      const restored = live.entryByPath(source.path);
      if (restored && restored.version === null && restored.text === source.text && restored.role === source.role && restored.uri === source.uri) return restored.analysis;
      const analysis = analyzer.analyze(source, false);
      handed.offer(source, { analysis });
      return analysis;
    },
    rulesFor: (entry) => controls.rulesFor(entry.path, entry.uri),
    publish: async (uri, version, diagnostics) => {
      if (!published.changed(uri, diagnostics, version)) return false;
      await connection.sendDiagnostics({ uri, version, diagnostics });
      return true;
    },
    log,
    error: logError,
  });
  for (const input of inputs) {
    if (input.version === null || !done.has(input.uri)) continue;
    answers.published(input.uri, input.version);
    // Analysed now, not on the first keystroke: the analyser's memory makes the next text's analysis
    // (and the restore's of this one) cheap, so this costs the start nothing in all.
    try {
      handed.analyze(input, true);
    } catch (err) {
      logError(`analysing ${input.uri}`, err);
    }
  }
  // Let the notification leave before the restore holds the thread.
  if (await answers.answer(typedDocuments(false), inputs) > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  return answers;
}

/** Between slices of the restore: answers the edits whose quiet time is over. */
async function answerEdits(answers: RestoreAnswers): Promise<void> {
  try {
    await answers.answer(typedDocuments(true));
  } catch (err) {
    logError('answering edits while restoring the sources', err);
  }
}

/** The corpus outline is to be written once a check has finished and typing rests (see keepOutline). */
let outlineWanted = false;

/** Fewer sources than this and a check lists every source beside each claim: an outline would not help. */
const OUTLINE_MIN_SOURCES = 31;

/**
 * Stores the outline of the corpus as the last check left it, unless the one on disk is of the
 * same corpus. Only a corpus in the order a start builds it (the sources in the review set's order),
 * so the next start's corpus is the one outlined.
 */
function keepOutline(): void {
  const inputs = lastInputs;
  if (!outlineStore || !corpusLoaded || !inputs) return;
  outlineWanted = false;
  try {
    writeOutline(inputs, outlineStore);
  } catch (err) {
    logError('making the corpus outline', err);
  }
}

function writeOutline(inputs: readonly ArticleInput[], store: OutlineStore): void {
  const sources = live.sourceOrder();
  if (sources.length < OUTLINE_MIN_SOURCES) return;
  let k = 0;
  for (const input of inputs) {
    if (live.entryByPath(input.path)?.analysis.role !== 'source') continue;
    if (sources[k] !== input.path) return;
    k++;
  }
  if (k !== sources.length) return;
  const key = outlineKey(engine, inputs, new Set(sources));
  if (store.holds(key) || store.peekKey() === key) return;
  const t0 = performance.now();
  const data = live.outline();
  if (!data) return;
  store.save(key, sources, data);
  log(`corpus outline of ${sources.length} sources made in ${(performance.now() - t0).toFixed(0)} ms; writing it`);
}

/**
 * Stores the diagnostics just published for open articles at rest (as opened, or as saved on
 * disk), keyed by everything they depend on; the text being typed is not stored.
 */
function keepReviews(cache: ReviewCache, inputs: readonly ArticleInput[], sent: readonly string[]): void {
  if (sent.length === 0) return;
  for (const uri of sent) {
    const doc = documents.get(uri);
    const entry = live.entryByUri(uri);
    if (!doc || !entry || entry.version !== doc.version) continue;
    const atRest = openedVersions.get(uri) === doc.version || reviewSet.diskText(entry.path) === entry.text;
    if (!atRest) continue;
    try {
      cache.save(entry.path, reviewKey(engine, entry.path, inputs, reviewContext(entry.path, uri)), published.lastOf(uri) ?? diagnosticsFor(view, entry.path));
    } catch (err) {
      logError(`storing the review of ${uri}`, err);
    }
  }
}

/** What the stored check results depend on besides the inputs: the settings. */
function checksContext(): unknown {
  return { global: globalSettings, folders: reviewSet.getFolders().map((f) => [f.uri, f.settings]) };
}

/**
 * Starts the claim-by-claim memory of each open article not checked yet this session (open at the
 * start, or opened later) from its stored check results, when they were made against the same
 * corpus (same engine, settings and every other input): its first check then re-checks only the
 * claims that changed.
 */
function seedChecks(cache: CheckCache, inputs: readonly ArticleInput[]): void {
  const t0 = performance.now();
  let seeded = 0;
  for (const doc of documents.all()) {
    const entry = live.entryByUri(doc.uri);
    if (!entry || entry.version === null || !isArticleDocument(doc) || seedTried.has(entry.path)) continue;
    seedTried.add(entry.path);
    if (live.isReviewed(entry.path)) continue;
    try {
      const stored = cache.load(entry.path, corpusKey(engine, entry.path, inputs, checksContext(), entry.analysis.role === 'source'));
      if (stored !== undefined && live.seedChecks(entry.path, stored)) seeded++;
    } catch (err) {
      logError(`reading the stored checks of ${doc.uri}`, err);
    }
  }
  if (seeded > 0) log(`seeded the claim checks of ${seeded} document${seeded === 1 ? '' : 's'} from the last session in ${(performance.now() - t0).toFixed(1)} ms`);
}

/** Stores the check results of every open article, made against the inputs of the last check (and the outline, if wanted). */
function keepChecks(): void {
  if (outlineWanted && lastInputs) keepOutline();
  if (!checkCache || !checksDirty) return;
  const inputs = lastInputs;
  if (!inputs) {
    // A check is under way: it schedules the next attempt when it is done.
    return;
  }
  checksDirty = false;
  for (const doc of documents.all()) {
    const entry = live.entryByUri(doc.uri);
    if (!entry || entry.version === null) continue;
    try {
      const checks = live.exportChecks(entry.path);
      if (checks) checkCache.save(entry.path, corpusKey(engine, entry.path, inputs, lastContext, entry.analysis.role === 'source'), checks);
    } catch (err) {
      logError(`storing the checks of ${doc.uri}`, err);
    }
  }
}

/** Runs any pending check now, so a request answers from the current text. */
async function current(): Promise<ReviewView> {
  await ready;
  await scheduler.flush();
  return view;
}

// ------------------------------------------------------------------ settings and folders

async function loadSettings(): Promise<boolean> {
  const before = reviewSet.getFolders().map((f) => f.settings);
  const uris = reviewSet.getFolders().map((f) => f.uri);
  let raw: unknown[] = [];
  if (can.configuration) {
    try {
      raw = await connection.workspace.getConfiguration([{ section: 'sourceReview' }, ...uris.map((scopeUri) => ({ scopeUri, section: 'sourceReview' }))]);
    } catch (err) {
      logError('reading settings', err);
    }
  } else if (pushedSettings !== undefined) {
    raw = [pushedSettings]; // a client without workspace/configuration pushes its settings instead
  }
  globalSettings = parseSettings(raw[0], warn);
  reviewSet.setFolders(uris.map((uri, i) => makeFolder(uri, parseSettings(raw[i + 1] ?? raw[0], (m) => warn(`${m} (in ${uri})`)))));
  const after = reviewSet.getFolders().map((f) => f.settings);
  return before.length !== after.length || after.some((s, i) => changesReviewSet(s, before[i]));
}

function setFolders(folders: readonly WorkspaceFolder[]): void {
  reviewSet.setFolders(folders.map((f) => makeFolder(f.uri)));
}

/** Folders the user was told are cut short (folder → cap), so each is said once per cap. */
const cappedShown = new Map<string, number>();

async function rescan(): Promise<void> {
  const t0 = Date.now();
  await reviewSet.scanAll();
  log(`review set: ${reviewSet.size} article files in ${reviewSet.getFolders().length} folder(s), read in ${Date.now() - t0} ms`);
  for (const [folder, cap] of reviewSet.capped) {
    if (cappedShown.get(folder) === cap) continue;
    cappedShown.set(folder, cap);
    // Not only a log line: findings that rest on the files left out would silently be missing.
    const message = `Source Review read only the first ${cap.toLocaleString('en-US')} article files in ${nodePath.basename(folder) || folder}; ` +
      'the rest are not checked. Raise sourceReview.maxFiles, or narrow sourceReview.sources or sourceReview.exclude.';
    warn(message);
    connection.window.showWarningMessage(message);
  }
}

// ------------------------------------------------------------------ lifecycle

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  can.configuration = caps.workspace?.configuration === true;
  can.watchedFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  can.configurationChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  can.workspaceFolders = caps.workspace?.workspaceFolders === true;
  setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: nodePath.basename(pathOfUri(params.rootUri)) }] : []));
  controls.initialize(params);
  const storagePath = (params.initializationOptions as { storagePath?: unknown } | null | undefined)?.storagePath;
  if (typeof storagePath === 'string' && storagePath !== '') {
    analyzer.store = new IndexStore(storagePath, { engine, log: warn, writeBatch: 8 }); // small batches: typing is not held up
    reviewCache = new ReviewCache(storagePath, engine, warn);
    checkCache = new CheckCache(storagePath, engine, warn);
    outlineStore = new OutlineStore(storagePath, engine, warn);
  }
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      ...controls.capabilities(),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'source-review-ls', version: '0.1.0' },
  };
});

connection.onInitialized(guard('initialized', undefined, async () => {
  log(helperThreadsLine(process.execArgv, process.env.NODE_OPTIONS));
  if (can.watchedFiles) {
    // Article files, and any path created or deleted: a folder renamed or deleted arrives as one
    // event for the folder, none for the files in it.
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{txt,md}' }, { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete }],
    });
  }
  if (can.configurationChange) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourceReview' });
  }
  await controls.initialized();
  if (can.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(guard('workspace folders', undefined, async (e) => {
      const removed = new Set(e.removed.map((f) => f.uri));
      const kept = reviewSet.getFolders().filter((f) => !removed.has(f.uri)).map((f) => ({ uri: f.uri, name: f.uri }));
      setFolders([...kept, ...e.added]);
      await loadSettings();
      await rescan();
      await scheduler.now();
    }));
  }
  try {
    await loadSettings();
    await rescan();
  } finally {
    markReady();
  }
  await scheduler.now();
  // Entries of sources that are gone (deleted, moved, excluded since the last start) go too.
  const store = analyzer.store;
  if (store) {
    await store.flush(); // pruning removes stray temporary files, so not while entries are being written
    const pruned = await store.prune(reviewSet.diskArticles().map((f) => f.path));
    // Made now unless typing goes on (a check under way, or writes held for it): then once typing
    // rests (keepChecks); making it holds the thread for about a second at 1,000 sources.
    outlineWanted = true;
    if (lastInputs && !store.held) keepOutline();
    const { hits, misses } = store.stats;
    log(`source index: ${hits} sources read from the index, ${misses} analysed${pruned > 0 ? `, ${pruned} old entries removed` : ''}`);
  }
}));

connection.onDidChangeConfiguration(guard('configuration change', undefined, async (params: DidChangeConfigurationParams) => {
  await ready;
  if (!can.configuration) {
    const pushed = (params.settings as { sourceReview?: unknown } | null | undefined)?.sourceReview;
    if (pushed !== undefined) pushedSettings = pushed;
  }
  if (await loadSettings()) await rescan();
  await scheduler.now();
}));

/** File events are applied one batch at a time, in order: a read must not outlive a later delete. */
let fileEvents: Promise<void> = Promise.resolve();

async function fileExists(path: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(path)).isFile();
  } catch {
    return false;
  }
}

async function applyFileEvents(params: DidChangeWatchedFilesParams): Promise<void> {
  await ready;
  let changed = false;
  const open = new Set(documents.all().map((d) => pathOfUri(d.uri)));
  for (const change of params.changes) {
    if (!change.uri.startsWith('file:')) continue;
    const path = pathOfUri(change.uri);
    const under = (p: string) => p === path || p.startsWith(path + nodePath.sep);
    if (change.type === FileChangeType.Deleted) {
      // A file, or a folder with every article in it (rename = delete + create).
      for (const f of reviewSet.diskArticles()) if (under(f.path)) changed = reviewSet.remove(f.path) || changed;
      for (const p of open) {
        if (under(p) && !deletedOnDisk.has(p)) {
          deletedOnDisk.add(p);
          changed = true;
        }
      }
    } else if (isArticleName(path)) {
      if (deletedOnDisk.delete(path)) changed = true;
      changed = (await reviewSet.readFile(path)) || changed;
    } else if (change.type === FileChangeType.Created && reviewSet.folderOf(path) && !reviewSet.excluded(nodePath.join(path, '_.md'))) {
      changed = (await reviewSet.scanFolderAt(path)) || changed; // a folder created or renamed into place (files are ignored)
      // Open documents whose files came back with the folder (restored, renamed back) count again.
      for (const p of [...deletedOnDisk]) {
        if (under(p) && (await fileExists(p))) {
          deletedOnDisk.delete(p);
          changed = true;
        }
      }
    }
  }
  if (changed) scheduler.schedule('files', 20);
}

connection.onDidChangeWatchedFiles((params) => {
  controls.onWatchedFiles(params);
  fileEvents = fileEvents.then(guard('file events', undefined, () => applyFileEvents(params)));
});

documents.onDidChangeContent(guard('document change', undefined, (e) => {
  if (!controls.checksOnType(e.document.uri)) return;
  const debounceMs = settingsFor(e.document.uri).debounceMs;
  analyzer.store?.hold(debounceMs + TYPING_PAUSE_MS);
  scheduler.schedule(e.document.uri, debounceMs);
}));

documents.onDidSave(guard('document save', undefined, (e) => {
  if (!e.document.uri.startsWith('file:')) return;
  const path = pathOfUri(e.document.uri);
  // Saved (again, after its file was deleted, or for the first time): the disk copy is read now, so
  // the article stays in the review set once closed even without file-watcher events.
  const wasDeleted = deletedOnDisk.delete(path);
  fileEvents = fileEvents.then(guard('saved file', undefined, async () => {
    const changed = isArticleName(path) && (await reviewSet.readFile(path));
    if (wasDeleted || changed) scheduler.schedule('files', 0);
  }));
}));

documents.onDidOpen((e) => { openedVersions.set(e.document.uri, e.document.version); });

documents.onDidClose(guard('document close', undefined, (e) => {
  openedVersions.delete(e.document.uri);
  scheduler.cancel(e.document.uri);
  deletedOnDisk.delete(pathOfUri(e.document.uri));
  published.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // The disk text replaces the live text; unsaved edits no longer count.
  scheduler.schedule('close', 0);
}));

connection.onHover(guard('hover', null, async (params) => {
  const view = await current();
  const doc = documents.get(params.textDocument.uri);
  const entry = view.entryByUri(params.textDocument.uri);
  if (!entry) return null;
  const offset = (doc && doc.version === entry.version ? doc : entry.lines).offsetAt(params.position);
  return hoverAt(view, params.textDocument.uri, offset);
}));

connection.onRequest(SpeakersRequest.method, guard('speakers', [], async () => requests.speakers(await current())));

connection.onRequest(ClaimsRequest.method, guard('claims', { label: '', role: null, claims: [], findings: [] }, async (params: ClaimsParams & { textDocument?: { uri: string } }) => {
  const uri = params?.uri ?? params?.textDocument?.uri ?? '';
  return requests.claims(await current(), uri);
}));

connection.onRequest(ReportRequest.method, guard('report', { markdown: '' }, async (params: ReportParams | null | undefined) =>
  requests.report(await current(), params?.uri ?? undefined)));

connection.onRequest(RecheckAllRequest.method, guard('recheck all', { articles: 0 }, async () => {
  await ready;
  await loadSettings();
  await rescan();
  live.clear();
  await reviewCache?.clear();
  await checkCache?.clear();
  await outlineStore?.clear();
  published.clear();
  controls.ignoreFiles.invalidate();
  controls.releaseAll();
  await scheduler.now();
  return { articles: live.articles.size };
}));

controls.register();

connection.onShutdown(async () => {
  scheduler.dispose();
  // Sources analysed in this session are on disk before the process exits.
  analyzer.store?.release();
  await analyzer.store?.flush();
  // Typing may have held the index's writes, and so the outline, until now.
  if (analyzer.store) outlineWanted = true;
  await reviewCache?.flush();
  if (keepChecksTimer) clearTimeout(keepChecksTimer);
  keepChecksTimer = undefined;
  keepChecks();
  await checkCache?.flush();
  await outlineStore?.flush();
});

documents.listen(connection);
connection.listen();
