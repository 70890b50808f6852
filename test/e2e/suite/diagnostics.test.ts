import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { client, open, settledDiagnostics, kindOf, KINDS, SOURCE, DRAFT, rangeOf, overlapping } from './helpers';

// "conflicts with source 002" or "with sources 003 and 005"
const LABEL = /\bsources? .*?\b\d{3}\b/i;

describe('diagnostics', () => {
  before(async () => { await client(); });

  it('the draft gets findings with our source, known kinds, links and messages naming a source', async () => {
    const editor = await open(DRAFT);
    const diags = await settledDiagnostics(editor.document.uri);
    for (const d of diags) {
      assert.equal(d.source, SOURCE);
      assert.ok(KINDS.includes(kindOf(d)), `unknown code ${JSON.stringify(d.code)}`);
      if (typeof d.code === 'object') assert.ok(d.code.target.toString().length > 0, 'code has no codeDescription.href');
      const text = editor.document.getText(d.range);
      assert.ok(text.trim().length > 0, `empty range for "${d.message}"`);
      if (kindOf(d) !== 'unsourced-claim') assert.match(d.message, LABEL, `message names no source: ${d.message}`);
    }
    // The neovim test compares what it receives with what VS Code showed.
    if (process.env.E2E_DIAGNOSTICS_OUT) {
      const rows = diags.map((d) => ({ line: d.range.start.line, character: d.range.start.character, code: kindOf(d), message: d.message }));
      fs.writeFileSync(process.env.E2E_DIAGNOSTICS_OUT, JSON.stringify(rows, null, 1));
    }
    const kinds = new Set(diags.map(kindOf));
    assert.ok(kinds.has('figure-conflict'), `no figure-conflict in ${[...kinds].join(', ')}`);
    assert.ok(kinds.has('time-conflict'), `no time-conflict in ${[...kinds].join(', ')}`);
  });

  it('a figure tied to a time (about 184,000 at 9 p.m.) conflicts with source 002 on exactly that figure', async () => {
    const editor = await open(DRAFT);
    const diags = await settledDiagnostics(editor.document.uri);
    const range = rangeOf(editor.document, '184,000');
    const hits = overlapping(diags, range).filter((d) => kindOf(d) === 'figure-conflict');
    assert.ok(hits.length > 0, `no figure-conflict on 184,000; got ${diags.map((d) => `${kindOf(d)} "${editor.document.getText(d.range)}"`).join('; ')}`);
    const d = hits[0];
    assert.match(d.message, /\bsources? .*\b002\b/i);
    assert.ok(editor.document.getText(d.range).length < 40, `range too wide: "${editor.document.getText(d.range)}"`);
    const related = d.relatedInformation ?? [];
    assert.ok(related.length > 0, 'no relatedInformation');
    const files = related.map((r) => path.basename(r.location.uri.fsPath));
    assert.ok(files.some((f) => f.startsWith('002')), `related information does not point at 002: ${files.join(', ')}`);
    const in002 = related.find((r) => path.basename(r.location.uri.fsPath).startsWith('002'))!;
    const src = await vscode.workspace.openTextDocument(in002.location.uri);
    assert.match(src.getText(in002.location.range), /148,000/, 'related span is not the source figure');
  });

  it('a clock time contradicted by the sources (6:38 p.m.) is a time-conflict', async () => {
    const editor = await open(DRAFT);
    const diags = await settledDiagnostics(editor.document.uri);
    const hits = overlapping(diags, rangeOf(editor.document, '6:38')).filter((d) => kindOf(d) === 'time-conflict');
    assert.ok(hits.length > 0, 'no time-conflict on 6:38 p.m.');
    assert.match(hits[0].message, /\bsources? .*\b00[35]\b/i);
  });

  it('does not flag a peak figure whose qualifier agrees with the sources (over 210,000)', async () => {
    const editor = await open(DRAFT);
    const diags = await settledDiagnostics(editor.document.uri);
    const hits = overlapping(diags, rangeOf(editor.document, '210,000'));
    assert.deepEqual(hits.map((d) => d.message), []);
  });

  it('a conflicting source (004: 5:20 p.m. ET, "daybreak") gets its own findings naming the other sources', async () => {
    const editor = await open('004_valleynow_live.txt');
    const diags = await settledDiagnostics(editor.document.uri);
    const kinds = new Set(diags.map(kindOf));
    assert.ok(kinds.has('time-conflict') || kinds.has('quote-mismatch'), `kinds on 004: ${[...kinds].join(', ')}`);
    for (const d of diags) if (kindOf(d) !== 'unsourced-claim') assert.match(d.message, LABEL);
    const time = overlapping(diags, rangeOf(editor.document, '5:20')).filter((d) => kindOf(d) === 'time-conflict');
    assert.ok(time.length > 0, 'no time-conflict on 5:20 p.m.');
    assert.ok((time[0].relatedInformation ?? []).length > 0, 'no relatedInformation on the source finding');
  });

  it('a cross-zone time that agrees (001: 0030 GMT = 8:30 p.m. local) is not flagged', async () => {
    // 001 and 004 give 8:30 p.m. in different zones: they agree and must not be flagged.
    const editor = await open('001_wirepost.txt');
    const diags = await settledDiagnostics(editor.document.uri, () => true);
    const clean = overlapping(diags, rangeOf(editor.document, '0030 GMT'));
    assert.deepEqual(clean.map((d) => d.message), []);
  });
});
