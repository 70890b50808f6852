import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { client, open, settledDiagnostics, rangeOf, DRAFT, waitFor } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

describe('hover', () => {
  before(async () => { await client(); });

  it('a conflicting figure shows a side-by-side table with one row per source', async () => {
    const editor = await open(DRAFT);
    await settledDiagnostics(editor.document.uri);
    const at = rangeOf(editor.document, '184,000').start.translate(0, 2);
    const text = await waitFor('a hover on 184,000', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const t = hoverText(hovers ?? []);
      return /\|/.test(t) ? t : undefined;
    }, 15000, 200);
    assert.match(text, /\|\s*:?-{3,}/, `no Markdown table separator in hover:\n${text}`);
    assert.match(text, /002/, 'table has no row for source 002');
    assert.match(text, /148,000/, 'table does not quote the source wording');
    assert.match(text, /conflict/i);
    const rows = text.split('\n').filter((l) => /^\s*\|/.test(l));
    assert.ok(rows.length >= 3, `table has ${rows.length} lines`);
  });

  it('a claim without a conflict also hovers (over 210,000)', async () => {
    const editor = await open(DRAFT);
    const at = rangeOf(editor.document, '210,000').start.translate(0, 2);
    const text = await waitFor('a hover on 210,000', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const t = hoverText(hovers ?? []);
      return /\|/.test(t) ? t : undefined;
    }, 15000, 200);
    assert.match(text, /agree/i, `no "agrees" in:\n${text}`);
  });
});
