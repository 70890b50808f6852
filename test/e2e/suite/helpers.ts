// Shared helpers for the e2e suite: find the extension and its client, wait for conditions.
import * as vscode from 'vscode';
import * as path from 'node:path';

export const EXTENSION_ID = 'source-review.source-review';
export const SOURCE = 'Source Review';
export const KINDS = ['figure-conflict', 'time-conflict', 'quote-mismatch', 'attribution-conflict', 'unsourced-claim'];
export const DRAFT = 'draft_lehigh_blackout.md';

/** The minimal slice of vscode-languageclient's LanguageClient the tests use. */
export interface ClientApi {
  sendRequest<R>(method: string, params?: unknown): Promise<R>;
  state: number;
  initializeResult?: { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
}

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20000, everyMs = 50): Promise<T> {
  const start = Date.now();
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e run needs a workspace folder (a copy of samples/)');
  return folder.uri;
}

export function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function extension(): Promise<vscode.Extension<{ client?: ClientApi }>> {
  const ext = await waitFor('the Source Review extension to be installed', () => vscode.extensions.getExtension<{ client?: ClientApi }>(EXTENSION_ID), 20000);
  return ext;
}

let startFailure: Error | undefined;

/** Activates the extension (idempotent) and returns the language client it exports. */
export async function client(): Promise<ClientApi> {
  // A client that never started fails every later test at once instead of after each timeout.
  if (startFailure) throw startFailure;
  try {
    return await startedClient();
  } catch (err) {
    startFailure = err instanceof Error ? err : new Error(String(err));
    throw startFailure;
  }
}

async function startedClient(): Promise<ClientApi> {
  const ext = await extension();
  const api = ext.isActive ? ext.exports : await ext.activate();
  const c = api?.client;
  if (!c) throw new Error('activate() did not return { client }');
  // vscode-languageclient State.Running === 2
  await waitFor('the language client to be running', () => c.state === 2, 30000);
  return c;
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function kindOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return '';
  return typeof c === 'object' ? String(c.value) : String(c);
}

function signature(diags: vscode.Diagnostic[]): string {
  return diags.map((d) => `${kindOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}:${d.message}`).sort().join('\n');
}

/**
 * Waits until our diagnostics for `uri` satisfy `accept` and stay the same for `quietMs`
 * (the server debounces and may publish more than once).
 */
export async function settledDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, timeoutMs = 15000, quietMs = 400): Promise<vscode.Diagnostic[]> {
  let last = '';
  let since = Date.now();
  return waitFor(`settled diagnostics on ${path.basename(uri.fsPath)}`, () => {
    const diags = ours(uri);
    const sig = signature(diags);
    if (sig !== last) { last = sig; since = Date.now(); return undefined; }
    return accept(diags) && Date.now() - since >= quietMs ? diags : undefined;
  }, timeoutMs);
}

/** The range of the `nth` occurrence of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found in ${path.basename(doc.uri.fsPath)}`);
  }
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Diagnostics whose range overlaps `range`. */
export function overlapping(diags: vscode.Diagnostic[], range: vscode.Range): vscode.Diagnostic[] {
  return diags.filter((d) => d.range.intersection(range) !== undefined);
}

export async function replaceText(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, rangeOf(doc, from), to);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not replace "${from}"`);
}
