// Helpers for the quick-fix, suppression and control tests: code actions, edits, commands and
// waiting for a document's findings to change. Built on harness.ts; no fixed sleeps.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { waitFor, type Diagnostic, type LspClient, type Published, type Range } from './harness';

export interface TextEdit { range: Range; newText: string }
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: TextEdit[] }[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  edit?: WorkspaceEdit;
  command?: { title: string; command: string; arguments?: unknown[] };
}

export const ours = (ds: Diagnostic[]) => ds.filter((d) => d.source === 'Source Review');

/** Position of the first `needle` (+ delta) in `text`. */
export function at(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in text`);
  const lines = text.slice(0, i + delta).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

const inside = (r: Range, p: { line: number; character: number }) =>
  (r.start.line < p.line || (r.start.line === p.line && r.start.character <= p.character)) &&
  (r.end.line > p.line || (r.end.line === p.line && r.end.character >= p.character));

/** Our findings of `kind` whose range holds the first character of `needle`. */
export function findingsAt(ds: Diagnostic[], text: string, kind: string, needle: string): Diagnostic[] {
  const p = at(text, needle, 1);
  return ours(ds).filter((d) => d.code === kind && inside(d.range, p));
}

/** The edits an action makes to `uri`, whichever form the server chose. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.documentChanges) return edit.documentChanges.filter((c) => c.textDocument.uri === uri).flatMap((c) => c.edits);
  return edit.changes?.[uri] ?? [];
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:', 'plaintext', 0, text), edits);
}

export function codeActions(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
  });
}

export function save(client: LspClient, uri: string): Promise<void> {
  return client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
}

/** A document's versions, kept by the test: every change goes through here. */
export class OpenDoc {
  version = 1;
  constructor(readonly client: LspClient, readonly uri: string, public text: string) {}

  async open(): Promise<void> {
    await this.client.open(this.uri, this.text, undefined, this.version);
  }

  async set(text: string): Promise<number> {
    this.text = text;
    this.version++;
    await this.client.change(this.uri, this.version, text);
    return this.version;
  }

  /** Waits for diagnostics of the current version that satisfy `accept`. */
  published(accept: (ds: Diagnostic[]) => boolean = () => true, timeoutMs = 8000): Promise<Published> {
    return this.client.waitForDiagnostics(this.uri, (p) => p.version === this.version && accept(p.diagnostics), 0, timeoutMs);
  }

  /** The first of our findings of `kind` at `needle`, once published. */
  async finding(kind: string, needle: string): Promise<Diagnostic> {
    const p = await this.published((ds) => findingsAt(ds, this.text, kind, needle).length > 0);
    return findingsAt(p.diagnostics, this.text, kind, needle)[0];
  }
}

/** Waits until the latest diagnostics of `uri` satisfy `accept` (any version). */
export function latestSatisfies(client: LspClient, uri: string, accept: (ds: Diagnostic[]) => boolean, what: string, timeoutMs = 8000): Promise<Diagnostic[]> {
  return waitFor(what, () => {
    const p = client.latest(uri);
    return p && accept(p.diagnostics) ? p.diagnostics : undefined;
  }, timeoutMs);
}
