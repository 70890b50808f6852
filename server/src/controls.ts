// What the editor controls about checking: when (sourceReview.run: onType, onSave, manual — with
// "Check This Article"), whether at all (sourceReview.enable), how loud (sourceReview.severity.<kind>
// and .source-review.json), and what to hide (ignore comments, [source needed] markers, ignored
// findings and claims). Also the code actions, CodeLens and comparison handlers. main.ts calls in at
// a few points; everything else about checking stays there.
import * as nodePath from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  FileChangeType,
  ResponseError,
  ErrorCodes,
  type CodeAction,
  type CodeLens,
  type Connection,
  type DidChangeWatchedFilesParams,
  type InitializeParams,
  type ServerCapabilities,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FindingKind } from './analysis/types';
import { codeActions } from './codeActions';
import { codeLenses, comparison } from './codeLens';
import { IgnoreFiles, relativeInside, type IgnoreEntry } from './ignoreFile';
import {
  CheckDocumentRequest, ComparisonRequest, IGNORE_CLAIM_COMMAND, IGNORE_FINDING_COMMAND, SkippedNotification,
  type CheckDocumentParams, type CheckDocumentResult, type ComparisonParams, type ComparisonResult, type IgnoreResult,
} from './protocol';
import type { Settings } from './settings';
import type { ArticleEntry, ArticleInput, ReviewView } from './snapshot';
import { SuppressedView } from './suppressedView';
import { CONFIG_FILE, isFindingKind, type ArticleRules, type SuppressedFinding } from './suppression';
import { pathOfUri } from './workspace';

export interface ControlsHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settingsFor(uri: string): Settings;
  folderOf(path: string): { fsPath: string } | undefined;
  folderCount(): number;
  /** The settings without a folder and of every folder (a quick "is anything switched off?"). */
  allSettings(): readonly Settings[];
  /** The live review, before anything is hidden. */
  view(): ReviewView;
  /** Runs pending checks now (a request wants current results). */
  flush(): Promise<void>;
  /** Checks the review set now (or once more after the running check). */
  checkNow(): Promise<void>;
  schedule(key: string, delayMs: number): void;
  log(message: string): void;
  warn(message: string): void;
}

/** How long a CodeLens request waits for the check its edit scheduled. */
const LENS_WAIT_MS = 3000;
const MAX_CLAIM_TEXT = 2000;

function isArticle(doc: TextDocument): boolean {
  return doc.languageId === 'plaintext' || doc.languageId === 'markdown' || /\.(txt|md)$/i.test(doc.uri);
}

export class ReviewControls {
  /** The review as the editor sees it: what diagnostics, hovers, lenses and reports read. */
  readonly view: SuppressedView;
  readonly ignoreFiles: IgnoreFiles;
  /** onSave and manual: the version of an open document that may publish once. */
  private readonly released = new Map<string, number>();
  /** The version each open document had when last opened or saved. */
  private readonly saved = new Map<string, number>();
  /** Open documents not checked, with why (sent to the client once per change). */
  private readonly skipped = new Map<string, string>();
  private waiters: (() => void)[] = [];
  private lensSignature = '';
  private client = { documentChanges: false, dynamicSave: false, watchedFiles: false, codeLensRefresh: false };

  constructor(private readonly host: ControlsHost) {
    this.ignoreFiles = new IgnoreFiles(host.warn);
    this.view = new SuppressedView(() => host.view(), (entry) => this.rulesFor(entry.path, entry.uri));
  }

  // ---------------------------------------------------------------- lifecycle

  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.client = {
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      dynamicSave: caps.textDocument?.synchronization?.dynamicRegistration === true,
      watchedFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    };
  }

  capabilities(): Partial<ServerCapabilities> {
    return {
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      codeLensProvider: { resolveProvider: false },
      executeCommandProvider: { commands: [IGNORE_FINDING_COMMAND, IGNORE_CLAIM_COMMAND] },
    };
  }

  /** Dynamic registrations: saves (for sourceReview.run = onSave) and edits of .source-review.json. */
  async initialized(): Promise<void> {
    const { connection } = this.host;
    if (this.client.watchedFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE}` }] });
    }
    if (this.client.dynamicSave) {
      await connection.client.register(DidSaveTextDocumentNotification.type, {
        documentSelector: [{ language: 'plaintext' }, { language: 'markdown' }, { pattern: '**/*.{txt,md}' }],
        includeText: false,
      });
    }
  }

  register(): void {
    const { connection, documents } = this.host;
    documents.onDidOpen((e) => this.opened(e.document));
    documents.onDidSave((e) => this.savedNow(e.document));
    documents.onDidClose((e) => {
      this.released.delete(e.document.uri);
      this.saved.delete(e.document.uri);
      this.skipped.delete(e.document.uri);
    });
    connection.onCodeAction(this.guard('code actions', [], (params) => this.actions(params)));
    connection.onCodeLens(this.guard('code lenses', [], (params) => this.lenses(params.textDocument.uri)));
    connection.onExecuteCommand(async (params) => {
      const arg = params.arguments?.[0] as Record<string, unknown> | undefined;
      if (params.command === IGNORE_FINDING_COMMAND) return this.ignore(arg, 'finding');
      if (params.command === IGNORE_CLAIM_COMMAND) return this.ignore(arg, 'claim');
      throw new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    });
    connection.onRequest(CheckDocumentRequest.method, this.guard('check document', { findings: 0, suppressed: 0, skipped: 'the check failed; see the output' },
      (params: CheckDocumentParams) => this.checkDocument(params)));
    connection.onRequest(ComparisonRequest.method, this.guard('comparison', { title: 'Source Review', markdown: '' },
      (params: ComparisonParams) => this.compare(params)));
  }

  private guard<P, R>(name: string, fallback: R, fn: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await fn(params);
      } catch (err) {
        this.host.warn(`${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        return fallback;
      }
    };
  }

  // ---------------------------------------------------------------- when to check and publish

  private runOf(uri: string): Settings['run'] | 'off' {
    const s = this.host.settingsFor(uri);
    return s.enable ? s.run : 'off';
  }

  /** Whether an edit to this document schedules a check (sourceReview.run = onType). */
  checksOnType(uri: string): boolean {
    return this.runOf(uri) === 'onType';
  }

  /** Whether a check may publish this version of the document now (onSave/manual: once, when released). */
  mayPublish(uri: string, version: number): boolean {
    const run = this.runOf(uri);
    if (run === 'onType' || run === 'off') return true;
    if (this.released.get(uri) !== version) return false;
    this.released.delete(uri);
    return true;
  }

  /** Lets every open document publish its next check (Re-check All, ignore actions). */
  releaseAll(): void {
    for (const doc of this.host.documents.all()) this.released.set(doc.uri, doc.version);
  }

  /** Articles of folders where sourceReview.enable is false are not checked at all. */
  enabled<T extends Pick<ArticleInput, 'uri'>>(inputs: T[]): T[] {
    if (this.host.allSettings().every((s) => s.enable)) return inputs;
    return inputs.filter((i) => this.host.settingsFor(i.uri).enable);
  }

  private opened(doc: TextDocument): void {
    this.saved.set(doc.uri, doc.version);
    if (this.runOf(doc.uri) === 'onSave') {
      this.released.set(doc.uri, doc.version);
      this.host.schedule(doc.uri, 0);
    }
  }

  /** A save re-checks every open onSave article whose text is saved (a source may have changed). */
  private savedNow(doc: TextDocument): void {
    this.saved.set(doc.uri, doc.version);
    let any = false;
    for (const d of this.host.documents.all()) {
      if (this.runOf(d.uri) === 'onSave' && this.saved.get(d.uri) === d.version) {
        this.released.set(d.uri, d.version);
        any = true;
      }
    }
    if (any) this.host.schedule('save', 0);
  }

  /** File events: .source-review.json edited; an open file written (a save, for clients without didSave). */
  onWatchedFiles(params: DidChangeWatchedFilesParams): void {
    let ignoreFile = false;
    for (const change of params.changes) {
      if (typeof change?.uri !== 'string') continue;
      if (change.uri.endsWith(`/${CONFIG_FILE}`)) ignoreFile = true;
      else if (!this.client.dynamicSave && change.type === FileChangeType.Changed) {
        const doc = this.host.documents.get(change.uri);
        if (doc) this.savedNow(doc);
      }
    }
    if (ignoreFile) {
      this.ignoreFiles.invalidate();
      this.releaseAll();
      this.host.schedule('ignore-file', 0);
    }
  }

  // ---------------------------------------------------------------- suppression

  /** The name the ignore actions show for the file they write; undefined outside every folder. */
  ignoreFileName(path: string): string | undefined {
    const folder = this.host.folderOf(path);
    if (!folder) return undefined;
    return this.host.folderCount() > 1 ? `${nodePath.basename(folder.fsPath)}/${CONFIG_FILE}` : CONFIG_FILE;
  }

  rulesFor(path: string, uri: string): ArticleRules {
    const settings = this.host.settingsFor(uri);
    const rules: ArticleRules = { levels: settings.severity, levelsName: 'sourceReview.severity' };
    const folder = this.host.folderOf(path);
    if (!folder) return rules;
    const config = this.ignoreFiles.configOf(folder.fsPath);
    if (!config) return rules;
    rules.config = config;
    rules.configName = this.ignoreFileName(path);
    const rel = relativeInside(folder.fsPath, path);
    if (rel) rules.relativePath = rel;
    return rules;
  }

  /** What is hidden in one article, with why. */
  suppressedOf(path: string): SuppressedFinding[] {
    return this.view.suppressedOf(path);
  }

  /** Called by main.ts after every check has published: status of skipped articles, CodeLens refresh. */
  afterCheck(): void {
    this.noteSkipped();
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
    this.refreshLenses();
  }

  /** Tells the client which open articles are not checked (too large, or disabled), once per change. */
  private noteSkipped(): void {
    for (const doc of this.host.documents.all()) {
      if (!isArticle(doc) || !/^(file|untitled):/.test(doc.uri)) continue;
      const settings = this.host.settingsFor(doc.uri);
      let reason: string | null = null;
      if (!settings.enable) reason = 'sourceReview.enable is off for this folder';
      else if (!this.view.entryByUri(doc.uri) && doc.getText().length > settings.maxFileSize) {
        reason = `larger than sourceReview.maxFileSize (${settings.maxFileSize.toLocaleString('en-US')} bytes)`;
      }
      if ((this.skipped.get(doc.uri) ?? null) === reason) continue;
      if (reason === null) this.skipped.delete(doc.uri);
      else this.skipped.set(doc.uri, reason);
      void this.host.connection.sendNotification(SkippedNotification.method, { uri: doc.uri, reason });
    }
  }

  private refreshLenses(): void {
    if (!this.client.codeLensRefresh) return;
    const signature = JSON.stringify(this.host.documents.all().map((d) => {
      const e = this.view.entryByUri(d.uri);
      return e ? [d.uri, this.view.reviewOf(e.path)?.findings.map((f) => f.id), this.suppressedOf(e.path).length] : [d.uri];
    }));
    if (signature === this.lensSignature) return;
    this.lensSignature = signature;
    void this.host.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  private nextCheck(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => { clearTimeout(timer); resolve(); });
    });
  }

  // ---------------------------------------------------------------- requests

  /** The article's entry checked from the document's live text, checking once more when needed. */
  private async liveEntry(uri: string): Promise<{ entry: ArticleEntry | undefined; doc: TextDocument | undefined }> {
    await this.host.flush();
    const doc = this.host.documents.get(uri);
    let entry = this.view.entryByUri(uri);
    if (doc && entry && entry.text !== doc.getText()) {
      // onSave/manual: nothing was scheduled for the edit; check without publishing.
      await this.host.checkNow();
      entry = this.view.entryByUri(uri);
    }
    return { entry, doc };
  }

  private async actions(params: Parameters<typeof codeActions>[0]): Promise<CodeAction[]> {
    const { entry, doc } = await this.liveEntry(params.textDocument.uri);
    if (!entry) return [];
    return codeActions(params, { view: this.view, entry, doc, ignoreFile: this.ignoreFileName(entry.path), documentChanges: this.client.documentChanges });
  }

  private async lenses(uri: string): Promise<CodeLens[]> {
    const settings = this.host.settingsFor(uri);
    if (!settings.enable || !settings.codeLens) return [];
    const doc = this.host.documents.get(uri);
    let entry = this.view.entryByUri(uri);
    if (doc && entry && entry.version !== doc.version && this.checksOnType(uri)) {
      // An edit's check is on its way: wait for it rather than cut the debounce short. (An article
      // not checked yet gets its lenses through workspace/codeLens/refresh after its first check.)
      await this.nextCheck(LENS_WAIT_MS);
      entry = this.view.entryByUri(uri);
    }
    if (!entry || (doc && entry.text !== doc.getText())) return [];
    return codeLenses(this.view, entry, this.suppressedOf(entry.path));
  }

  private async compare(params: ComparisonParams): Promise<ComparisonResult> {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const line = typeof params?.line === 'number' && params.line >= 0 ? Math.floor(params.line) : 0;
    await this.host.flush();
    const entry = this.view.entryByUri(uri);
    if (!entry) return { title: 'Source Review', markdown: `# Source Review\n\n${uri} is not in the review set.\n` };
    return comparison(this.view, entry, line, this.suppressedOf(entry.path));
  }

  private async checkDocument(params: CheckDocumentParams): Promise<CheckDocumentResult> {
    const uri = typeof params?.uri === 'string' ? params.uri : '';
    const doc = this.host.documents.get(uri);
    if (doc && !this.checksOnType(uri)) this.released.set(uri, doc.version);
    await this.host.checkNow();
    const entry = this.view.entryByUri(uri);
    if (!entry) {
      const settings = this.host.settingsFor(uri);
      const skipped = this.skipped.get(uri) ?? (settings.enable ? 'not in the review set (see sourceReview.sources and sourceReview.exclude)' : 'sourceReview.enable is off for this folder');
      return { findings: 0, suppressed: 0, skipped };
    }
    return { findings: this.view.reviewOf(entry.path)?.findings.length ?? 0, suppressed: this.suppressedOf(entry.path).length };
  }

  private async ignore(arg: Record<string, unknown> | undefined, what: 'finding' | 'claim'): Promise<IgnoreResult> {
    const uri = arg?.uri;
    const kind = arg?.kind;
    const text = arg?.text;
    const id = arg?.id;
    if (typeof uri !== 'string' || !isFindingKind(kind) || typeof text !== 'string' || text.length > MAX_CLAIM_TEXT || (what === 'finding' && typeof id !== 'string')) {
      throw new ResponseError(ErrorCodes.InvalidParams, 'expected { uri, kind, text' + (what === 'finding' ? ', id }' : ' }'));
    }
    const path = pathOfUri(uri);
    const folder = this.host.folderOf(path);
    const rel = folder ? relativeInside(folder.fsPath, path) : undefined;
    if (!folder || !rel) {
      const message = `Source Review: ${nodePath.basename(path)} is not inside a workspace folder, so there is no ${CONFIG_FILE} to write. Use an ignore comment instead.`;
      void this.host.connection.window.showWarningMessage(message);
      throw new ResponseError(ErrorCodes.InvalidRequest, message);
    }
    const entry: IgnoreEntry = what === 'finding'
      ? { list: 'ignoreFindings', id: id as string, path: rel, text }
      : { list: 'ignoreClaims', kind: kind as FindingKind, text };
    try {
      const result = await this.ignoreFiles.add(folder.fsPath, entry);
      this.host.log(`${result.added ? 'added to' : 'already in'} ${result.file}: ${what === 'finding' ? `finding ${id as string}` : `claim “${text}” (${kind})`}`);
      this.releaseAll();
      await this.host.checkNow();
      return result;
    } catch (err) {
      const message = `Source Review could not write ${CONFIG_FILE}: ${err instanceof Error ? err.message : String(err)}`;
      void this.host.connection.window.showErrorMessage(message);
      throw new ResponseError(ErrorCodes.InternalError, message);
    }
  }
}
