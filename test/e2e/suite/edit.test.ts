import * as assert from 'node:assert/strict';
import { client, open, settledDiagnostics, DRAFT, rangeOf, overlapping, kindOf, replaceText } from './helpers';
import * as vscode from 'vscode';

describe('editing the draft', () => {
  before(async () => { await client(); });

  it('replacing a figure with the source figure makes its finding disappear, and restoring it brings it back', async () => {
    const editor = await open(DRAFT);
    const doc = editor.document;
    const onFigure = (needle: string) => (diags: vscode.Diagnostic[]) => overlapping(diags, rangeOf(doc, needle)).filter((d) => kindOf(d) === 'figure-conflict');
    await settledDiagnostics(doc.uri, (d) => onFigure('184,000')(d).length > 0);

    let t0 = Date.now();
    await replaceText(doc, '184,000', '148,000');
    let goneMs: number;
    try {
      await settledDiagnostics(doc.uri, (d) => d.length > 0 && onFigure('148,000')(d).length === 0, 10000, 0);
      goneMs = Date.now() - t0;
    } catch (err) {
      await replaceText(doc, '148,000', '184,000');
      throw err;
    }

    t0 = Date.now();
    await replaceText(doc, '148,000', '184,000');
    await settledDiagnostics(doc.uri, (d) => onFigure('184,000')(d).length > 0, 10000, 0);
    const backMs = Date.now() - t0;
    console.log(`      finding gone after ${goneMs} ms, back after ${backMs} ms`);
    assert.ok(goneMs < 5000 && backMs < 5000);
  });

  it('a new wrong figure in an anchored sentence appears as a finding', async () => {
    const editor = await open(DRAFT);
    const doc = editor.document;
    await settledDiagnostics(doc.uri);
    // 96,500 at 11:40 p.m. agrees with the sources; 69,500 does not.
    await replaceText(doc, '96,500', '69,500');
    try {
      await settledDiagnostics(doc.uri, (d) => overlapping(d, rangeOf(doc, '69,500')).some((x) => kindOf(x) === 'figure-conflict'), 10000, 0);
    } finally {
      await replaceText(doc, '69,500', '96,500');
    }
    await settledDiagnostics(doc.uri, (d) => overlapping(d, rangeOf(doc, '96,500')).length === 0, 10000, 0);
  });
});
