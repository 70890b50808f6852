// A lean LSP client for the benchmark: spawns `bin/source-review-ls --stdio`, speaks JSON-RPC over
// its stdio and resolves waits from the publishDiagnostics notifications themselves (no polling, no
// sleeps), so a measured latency is the server's answer time plus pipe transfer only.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { mainThreadCpuMs } from './stats';

export const ROOT = path.resolve(__dirname, '..');
const SERVER = path.join(ROOT, 'bin', 'source-review-ls');

/**
 * Copies the launcher and the server bundle into `dir` (bin/, dist/ as in the package) and returns
 * the copied launcher: one run then measures one build, even if dist/ is rebuilt meanwhile.
 */
export function freezeServer(dir: string): string {
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  for (const f of ['server.js', 'server.js.map']) {
    const from = path.join(ROOT, 'dist', f);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dir, 'dist', f));
  }
  const launcher = path.join(dir, 'bin', 'source-review-ls');
  fs.copyFileSync(SERVER, launcher);
  return launcher;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

interface Published { uri: string; version?: number; diagnostics: unknown[] }
interface Waiter { uri: string; version: number; resolve: (p: Published) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }

export interface ServerOptions {
  /** Extra node flags for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** `sourceReview` settings answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** The launcher to spawn (default bin/source-review-ls of this checkout). */
  launcher?: string;
}

export class BenchServer {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  readonly logs: string[] = [];
  /** When each of `logs` arrived (performance.now()). */
  readonly logTimes: number[] = [];
  /** Check durations the server reports in sourceReview/checking (ms). */
  readonly checkMs: number[] = [];
  /** Articles in the review set, from the last sourceReview/reviewChanged. */
  articles: number | undefined;
  /** Article files the server read from disk, from its "review set: N article files" log line. */
  filesRead: number | undefined;
  stderr = '';
  private readonly waiters: Waiter[] = [];
  private readonly latest = new Map<string, Published>();
  private exited = false;

  constructor(options: ServerOptions = {}) {
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), options.launcher ?? SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => { this.stderr += String(d); });
    this.process.on('exit', () => {
      this.exited = true;
      for (const w of this.waiters.splice(0)) { clearTimeout(w.timer); w.reject(new Error(`server exited while waiting for ${w.uri} v${w.version}\n${this.stderr.slice(-2000)}`)); }
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: Published) => this.onPublish(p));
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.logTimes.push(performance.now());
      const read = /^review set: (\d+) article files/.exec(p.message);
      if (read) this.filesRead = Number(read[1]);
    });
    this.connection.onNotification('sourceReview/reviewChanged', (p: { articles: number }) => { this.articles = p.articles; });
    this.connection.onNotification('sourceReview/checking', (p: { busy: boolean; ms?: number }) => { if (!p.busy && p.ms !== undefined) this.checkMs.push(p.ms); });
    const settings = options.settings ?? {};
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.listen();
  }

  get pid(): number {
    return this.process.pid!;
  }

  private onPublish(p: Published): void {
    this.latest.set(p.uri, p);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      const w = this.waiters[i];
      if (w.uri === p.uri && p.version !== undefined && p.version >= w.version) {
        this.waiters.splice(i, 1);
        clearTimeout(w.timer);
        w.resolve(p);
      }
    }
  }

  /** Resolves on the first publishDiagnostics for `uri` at `version` or later. */
  diagnosticsFor(uri: string, version: number, timeoutMs: number): Promise<Published> {
    const seen = this.latest.get(uri);
    if (seen?.version !== undefined && seen.version >= version) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const i = this.waiters.findIndex((w) => w.timer === timer);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`no diagnostics for ${path.basename(uri)} v${version} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push({ uri, version, resolve, reject, timer });
    });
  }

  /** `storagePath`: the folder for the persisted source index (as the VS Code client gives it). */
  async initialize(folder: string, storagePath?: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      ...(storagePath ? { initializationOptions: { storagePath } } : {}),
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: uri.endsWith('.md') ? 'markdown' : 'plaintext', version, text } });
  }

  /** One incremental change: replace [start, end) (LSP positions) with `text`. */
  change(uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  /** Peak and current resident set size of the server, from /proc (MB); undefined off Linux. */
  memory(): { peakMb: number; rssMb: number } | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
      return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
    } catch {
      return undefined;
    }
  }

  /** CPU time of the server's main thread so far (stats.ts; NaN once it has exited). */
  mainThreadCpuMs(): number {
    return mainThreadCpuMs(this.pid);
  }

  /** Ends the server at once (SIGKILL): for a run cut short while the server is busy. */
  kill(): void {
    if (!this.exited) this.process.kill('SIGKILL');
    this.connection.dispose();
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 30_000))]);
        await this.connection.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    const gone = new Promise<void>((r) => { if (this.exited) r(); else this.process.on('exit', () => r()); });
    const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000));
    if ((await Promise.race([gone, timeout])) === 'timeout') this.process.kill();
    this.connection.dispose();
  }
}

/** LSP position of a UTF-16 offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
