import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { client, open, settledDiagnostics, DRAFT, waitFor, workspaceRoot } from './helpers';

/** Markdown documents that are not files of the workspace (the report, the claims list). */
function generatedMarkdown(): vscode.TextDocument[] {
  const root = workspaceRoot().fsPath;
  return vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown' && !(d.uri.scheme === 'file' && d.uri.fsPath.startsWith(root)));
}

describe('commands', () => {
  before(async () => { await client(); });

  it('Show Conflict Report opens a Markdown document listing the findings', async () => {
    const editor = await open(DRAFT);
    await settledDiagnostics(editor.document.uri);
    const before = new Set(generatedMarkdown());
    await vscode.commands.executeCommand('sourceReview.showReport');
    const report = await waitFor('the report document', () => generatedMarkdown().find((d) => !before.has(d) && /conflict/i.test(d.getText())), 20000);
    const text = report.getText();
    assert.match(text, /figure-conflict|figure conflict/i);
    assert.match(text, /184,000/);
    assert.match(text, /002/);
  });

  it('Show Claims in This Article opens the claims of the active article', async () => {
    await open(DRAFT);
    const before = new Set(vscode.workspace.textDocuments);
    await vscode.commands.executeCommand('sourceReview.showClaims');
    const doc = await waitFor('the claims document', () => vscode.workspace.textDocuments.find((d) => !before.has(d) && /184,000/.test(d.getText())), 20000);
    assert.ok(doc.getText().length > 0);
  });

  it('Re-check All Articles keeps the findings', async () => {
    const editor = await open(DRAFT);
    const n = (await settledDiagnostics(editor.document.uri)).length;
    await vscode.commands.executeCommand('sourceReview.recheckAll');
    const after = await settledDiagnostics(editor.document.uri);
    assert.equal(after.length, n);
  });

  it('Show Output runs without waiting on a notification', async () => {
    await vscode.commands.executeCommand('sourceReview.showOutput');
  });
});
