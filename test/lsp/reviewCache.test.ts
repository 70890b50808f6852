// The stored first review through the real server: a start where nothing changed publishes the
// review the last start made before the sources are restored, and it is exactly what the full check
// then answers; a source or the draft changed in between, or a corrupt, stale or other-build entry,
// means nothing stored is published and the first diagnostics are the full check's.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REVIEW_CACHE_FORMAT } from '../../server/src/reviewCache';
import { buildOnce, fullyChecked, LspClient, startWithDraft, withStorage, writeWorkspace, type Published } from './harness';

// A story of our own: a ferry grounded off an island harbour.
const WIRE = 'KELLAVIK, May 9 (Coast Wire) - A ferry ran aground off Kellavik harbour on Friday.\n\n185 passengers were taken off the ferry by 9:15 p.m. on Friday, harbour master Ines Okafor said.\n';
const HERALD = 'KELLAVIK (Island Herald) - The ferry grounded on a sandbank on Friday.\n\n185 passengers were taken off the ferry by 9:15 p.m. on Friday, the coastguard said.\n';
const DRAFT = '# Ferry aground off Kellavik\n\n240 passengers were taken off the ferry by 9:15 p.m. on Friday.\n';
const DRAFT_URI = 'untitled:Untitled-3';
const STORED = /^published the stored review of 1 document/;

const start = (folder: string, storagePath: string, draft = DRAFT) => startWithDraft(folder, storagePath, DRAFT_URI, draft);

const conflicts = (p: Published | undefined) => (p?.diagnostics ?? []).filter((d) => d.code === 'figure-conflict');
const draftPublishes = (c: LspClient) => c.published.filter((p) => p.uri === DRAFT_URI);
/** The full check is done once the source index line is logged (it follows the first check). */
const checked = (c: LspClient) => fullyChecked(c);

describe('lsp: the stored first review', function () {
  this.timeout(60000);
  before(() => buildOnce());
  const run = withStorage(() => writeWorkspace({ '001_wire.txt': WIRE, '002_herald.txt': HERALD }));

  async function firstStart(): Promise<Published> {
    const first = await start(run.dir, run.storage);
    run.clients.push(first);
    const published = await first.waitForDiagnostics(DRAFT_URI, (p) => conflicts(p).length === 1);
    await checked(first);
    assert.ok(!first.logs.some((l) => STORED.test(l)), 'nothing stored yet');
    await first.stop();
    run.clients.pop();
    return published;
  }

  function entryFile(): string {
    const files = fs.readdirSync(path.join(run.storage, `review-cache-v${REVIEW_CACHE_FORMAT}`)).filter((f) => f.endsWith('.json'));
    assert.equal(files.length, 1, 'one entry: the open draft');
    return path.join(run.storage, `review-cache-v${REVIEW_CACHE_FORMAT}`, files[0]);
  }

  it('publishes the stored review first on an unchanged start, and the full check agrees with it', async () => {
    const before = await firstStart();
    const second = await start(run.dir, run.storage);
    run.clients.push(second);
    await checked(second);
    const storedAt = second.logs.findIndex((l) => STORED.test(l));
    const checkedAt = second.logs.findIndex((l) => l.startsWith('checked '));
    assert.ok(storedAt >= 0, 'the stored review was published');
    assert.ok(checkedAt < 0 || storedAt < checkedAt, 'before the full check');
    const all = draftPublishes(second);
    assert.ok(all.length >= 1);
    for (const p of all) assert.deepEqual(p.diagnostics, before.diagnostics, 'the stored review is the full check\'s answer');
  });

  it('does not use it when a source changed between starts: the first diagnostics hold the change', async () => {
    await firstStart();
    // The herald now agrees with the draft: the sources disagree among themselves, so no conflict
    // is reported against the draft (the stored review had one).
    fs.writeFileSync(path.join(run.dir, '002_herald.txt'), HERALD.replace('185 passengers', '240 passengers'));
    const second = await start(run.dir, run.storage);
    run.clients.push(second);
    await checked(second);
    assert.ok(!second.logs.some((l) => STORED.test(l)));
    const all = draftPublishes(second);
    assert.ok(all.length >= 1);
    for (const p of all) assert.deepEqual(conflicts(p), [], 'the herald was read again: no publish holds the old conflict');
  });

  it('does not use it when the draft was opened with another text', async () => {
    await firstStart();
    const second = await start(run.dir, run.storage, DRAFT.replace('240 passengers', '185 passengers'));
    run.clients.push(second);
    await checked(second);
    assert.ok(!second.logs.some((l) => STORED.test(l)));
    assert.deepEqual(conflicts(draftPublishes(second)[0]), [], 'the first diagnostics are the new text\'s');
  });

  for (const [what, spoil] of [
    ['a corrupt entry', (raw: string) => raw.slice(0, raw.length / 2)],
    ['an entry of another engine build', (raw: string) => JSON.stringify({ ...JSON.parse(raw), engine: 'another-build', diagnostics: [] })],
    ['an entry of another format', (raw: string) => JSON.stringify({ ...JSON.parse(raw), format: REVIEW_CACHE_FORMAT + 1, diagnostics: [] })],
    ['an entry under another key', (raw: string) => JSON.stringify({ ...JSON.parse(raw), key: '0'.repeat(40), diagnostics: [] })],
  ] as const) {
    it(`never publishes ${what}`, async () => {
      await firstStart();
      const file = entryFile();
      fs.writeFileSync(file, spoil(fs.readFileSync(file, 'utf8')));
      const second = await start(run.dir, run.storage);
      run.clients.push(second);
      await checked(second);
      assert.ok(!second.logs.some((l) => STORED.test(l)));
      for (const p of draftPublishes(second)) assert.equal(conflicts(p).length, 1, 'only the full check\'s answer is published');
      // The full check's answer is stored again for the next start.
      await second.stop();
      run.clients.pop();
      const third = await start(run.dir, run.storage);
      run.clients.push(third);
      await checked(third);
      assert.ok(third.logs.some((l) => STORED.test(l)));
    });
  }
});
