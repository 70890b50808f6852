import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { client, open, DRAFT, waitFor } from './helpers';

describe('custom requests and the Speakers view', () => {
  it('sourceReview/speakers returns speakers with roles and quotes by source', async () => {
    const c = await client();
    const data = await waitFor('speakers', async () => {
      const r = await c.sendRequest<unknown>('sourceReview/speakers', {});
      const s = JSON.stringify(r ?? null);
      return s.includes('Pelletier') ? r : undefined;
    }, 20000, 250);
    const s = JSON.stringify(data);
    for (const name of ['Pelletier', 'Okafor', 'Brandvold']) assert.ok(s.includes(name), `speaker ${name} missing`);
    assert.match(s, /chief executive|president|spokes/i, 'no roles in the speakers data');
    assert.match(s, /borrowed time/, 'no quotes in the speakers data');
    assert.match(s, /00[1-5]/, 'quotes are not grouped by source label');
  });

  it('sourceReview/claims lists the claims of the draft', async () => {
    const c = await client();
    const editor = await open(DRAFT);
    const r = await c.sendRequest<unknown>('sourceReview/claims', { uri: editor.document.uri.toString(), textDocument: { uri: editor.document.uri.toString() } });
    const s = JSON.stringify(r ?? null);
    assert.match(s, /184,000|184000/);
  });

  it('the Speakers view can be focused', async () => {
    await client();
    await vscode.commands.executeCommand('sourceReview.speakers.focus');
  });
});
