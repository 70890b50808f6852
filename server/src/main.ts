// The Source Review language server: keeps the review set (workspace articles + open documents),
// re-checks it after edits, file events and setting changes, and publishes findings for every open
// article. The engine (./analysis) does the reading; this file only orchestrates.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as nodePath from 'node:path';
import type { NotificationType } from 'vscode-jsonrpc';
import { diagnosticsFor, PublishedDiagnostics } from './diagnostics';
import { hoverAt } from './hover';
import {
  CheckingNotification, ClaimsRequest, RecheckAllRequest, ReportRequest, ReviewChangedNotification, SpeakersRequest,
  type ClaimsParams, type ReportParams,
} from './protocol';
import * as requests from './requests';
import { AnalysisCache, checkArticles, ReviewSnapshot, type ArticleInput } from './review';
import { Scheduler } from './scheduler';
import { changesReviewSet, DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { isArticleName, makeFolder, pathOfUri, ReviewSet } from './workspace';

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
const cache = new AnalysisCache();
const published = new PublishedDiagnostics();
let snapshot = ReviewSnapshot.empty();
/** Settings a client pushed with didChangeConfiguration, when it cannot answer workspace/configuration. */
let pushedSettings: unknown;
let lastReviewSignature = '';
let markReady: () => void = () => undefined;
/** Resolves once the settings are read and the folders scanned; checks wait for it. */
const ready = new Promise<void>((resolve) => { markReady = resolve; });

const scheduler = new Scheduler(check, (m) => connection.console.error(m));

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
  return reviewSet.folderOf(path) === undefined || reviewSet.includes(path);
}

function settingsFor(uri: string): Settings {
  return reviewSet.folderOf(pathOfUri(uri))?.settings ?? globalSettings;
}

/** Open documents over the size limit, reported once each. */
const tooLarge = new Set<string>();

function currentArticles(): ArticleInput[] {
  const byPath = new Map<string, ArticleInput>();
  for (const f of reviewSet.diskArticles()) {
    const role = reviewSet.roleOverride(f.path);
    byPath.set(f.path, { path: f.path, uri: f.uri, text: f.text, version: null, ...(role ? { role } : {}) });
  }
  for (const doc of documents.all()) {
    const path = pathOfUri(doc.uri);
    if (!openArticleCounts(doc)) {
      byPath.delete(path);
      continue;
    }
    const text = doc.getText();
    const limit = settingsFor(doc.uri).maxFileSize;
    if (text.length > limit) {
      // Characters are a lower bound on UTF-8 bytes: a document this long is over the limit.
      if (!tooLarge.has(doc.uri)) warn(`skipping ${doc.uri}: larger than sourceReview.maxFileSize (${limit} bytes)`);
      tooLarge.add(doc.uri);
      byPath.delete(path);
      continue;
    }
    tooLarge.delete(doc.uri);
    const role = doc.uri.startsWith('untitled:') ? 'draft' : reviewSet.roleOverride(path);
    byPath.set(path, { path, uri: doc.uri, text, version: doc.version, ...(role ? { role } : {}) });
  }
  return [...byPath.values()];
}

// ------------------------------------------------------------------ checking and publishing

async function check(): Promise<void> {
  await ready;
  notify(CheckingNotification, { busy: true });
  let ms: number | undefined;
  try {
    const folders = reviewSet.getFolders();
    const tolerance = (folders[0]?.settings ?? globalSettings).figureTolerance;
    const next = checkArticles(currentArticles(), cache, tolerance, (m) => connection.console.error(m));
    ms = next.ms;
    // Let edits that arrived meanwhile land; documents that changed are re-checked by their timer.
    await new Promise((resolve) => setImmediate(resolve));
    snapshot = next;
    publishAll();
    const signature = JSON.stringify([[...next.articles.keys()].sort(), next.review.speakers]);
    if (signature !== lastReviewSignature) {
      lastReviewSignature = signature;
      notify(ReviewChangedNotification, { articles: next.articles.size });
    }
  } finally {
    notify(CheckingNotification, { busy: false, ...(ms !== undefined ? { ms } : {}) });
  }
}

function publishAll(): void {
  for (const doc of documents.all()) {
    if (!isArticleDocument(doc)) continue;
    const entry = snapshot.entryByUri(doc.uri);
    if (entry && entry.version !== doc.version) continue; // stale: a newer check is scheduled
    const diagnostics = entry ? diagnosticsFor(snapshot, entry.path) : [];
    if (published.changed(doc.uri, diagnostics, doc.version)) {
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    }
  }
}

/** Runs any pending check now, so a request answers from the current text. */
async function current(): Promise<ReviewSnapshot> {
  await ready;
  await scheduler.flush();
  return snapshot;
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

async function rescan(): Promise<void> {
  const t0 = Date.now();
  await reviewSet.scanAll();
  log(`review set: ${reviewSet.size} article files in ${reviewSet.getFolders().length} folder(s), read in ${Date.now() - t0} ms`);
}

// ------------------------------------------------------------------ lifecycle

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  can.configuration = caps.workspace?.configuration === true;
  can.watchedFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  can.configurationChange = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  can.workspaceFolders = caps.workspace?.workspaceFolders === true;
  setFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: nodePath.basename(pathOfUri(params.rootUri)) }] : []));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'source-review-ls', version: '0.1.0' },
  };
});

connection.onInitialized(guard('initialized', undefined, async () => {
  if (can.watchedFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{txt,md}' }] });
  }
  if (can.configurationChange) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'sourceReview' });
  }
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

async function applyFileEvents(params: DidChangeWatchedFilesParams): Promise<void> {
  await ready;
  let changed = false;
  for (const change of params.changes) {
    if (!change.uri.startsWith('file:')) continue;
    const path = pathOfUri(change.uri);
    if (change.type === FileChangeType.Deleted) {
      for (const f of reviewSet.diskArticles()) {
        if (f.path === path || f.path.startsWith(path + nodePath.sep)) changed = reviewSet.remove(f.path) || changed;
      }
    } else if (isArticleName(path)) {
      changed = (await reviewSet.readFile(path)) || changed;
    }
  }
  if (changed) scheduler.schedule('files', 20);
}

connection.onDidChangeWatchedFiles((params) => {
  fileEvents = fileEvents.then(guard('file events', undefined, () => applyFileEvents(params)));
});

documents.onDidChangeContent(guard('document change', undefined, (e) => {
  scheduler.schedule(e.document.uri, settingsFor(e.document.uri).debounceMs);
}));

documents.onDidClose(guard('document close', undefined, (e) => {
  scheduler.cancel(e.document.uri);
  published.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // The disk text replaces the live text; unsaved edits no longer count.
  scheduler.schedule('close', 0);
}));

connection.onHover(guard('hover', null, async (params) => {
  const snap = await current();
  const doc = documents.get(params.textDocument.uri);
  const entry = snap.entryByUri(params.textDocument.uri);
  if (!entry) return null;
  const offset = (doc && doc.version === entry.version ? doc : entry.lines).offsetAt(params.position);
  return hoverAt(snap, params.textDocument.uri, offset);
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
  cache.clear();
  await loadSettings();
  await rescan();
  await scheduler.now();
  return { articles: snapshot.articles.size };
}));

connection.onShutdown(() => scheduler.dispose());

documents.listen(connection);
connection.listen();
