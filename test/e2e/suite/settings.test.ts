import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { client, open, settledDiagnostics, DRAFT } from './helpers';

const names = (d: vscode.Diagnostic) => (d.relatedInformation ?? []).map((r) => path.basename(r.location.uri.fsPath)).join(' ') + ' ' + d.message;

describe('settings', () => {
  before(async () => { await client(); });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('sourceReview').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('excluding a source (sourceReview.exclude) removes its findings without a restart, and including it brings them back', async () => {
    const editor = await open(DRAFT);
    const uri = editor.document.uri;
    const cites002 = (ds: vscode.Diagnostic[]) => ds.some((d) => /\b002\b/.test(names(d)));
    await settledDiagnostics(uri, cites002);
    const config = vscode.workspace.getConfiguration('sourceReview');
    const current = config.get<string[]>('exclude') ?? [];
    assert.ok(Array.isArray(current), 'sourceReview.exclude is not an array setting');
    await config.update('exclude', [...current, '**/002_*'], vscode.ConfigurationTarget.Workspace);
    await settledDiagnostics(uri, (ds) => ds.length > 0 && !cites002(ds), 15000);
    await config.update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await settledDiagnostics(uri, cites002, 15000);
  });

  it('sourceReview.debounceMs is a contributed resource setting', () => {
    const info = vscode.workspace.getConfiguration('sourceReview').inspect<number>('debounceMs');
    assert.equal(info?.defaultValue, 200);
  });
});
