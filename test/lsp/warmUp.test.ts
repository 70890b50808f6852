// The typing rehearsal after a start (server/src/warmUp.ts), through the real server over stdio: a
// start from the index rehearses typing on a copy of the open draft once the sources are restored
// (its log line says how many keystrokes; the test fails without it), never publishes anything of
// it, and every edit typed meanwhile (a burst sent during the restore, which waits for the
// rehearsal) and after it is answered exactly as a fresh server without the rehearsal answers that
// text. Nothing typed is lost: the last text of the burst is the one answered.
import * as assert from 'node:assert/strict';
import { loadSamples, Varier } from '../../bench/corpus';
import { buildOnce, fullyChecked, generatedWorkspace, LspClient, startWithDraft, waitFor, withStorage, type Published } from './harness';

const DRAFT_URI = 'untitled:Untitled-7';
/** Above the server's minimum for a rehearsal (200 sources). */
const SOURCES = 400;
/** Checked as soon as typed (no quiet time), as the bench types. */
const SETTINGS = { debounceMs: 0 };
const WARMED = /^warmed up the typing path: (\d+) keystrokes rehearsed on a copy of /;
/** A fresh server that does not rehearse: the reference. */
const NO_REHEARSAL = { ...process.env, SOURCE_REVIEW_WARM_UP_MIN: 'Infinity' };

const { sources, draft } = loadSamples();
const varier = new Varier([...sources, draft].map((s) => s.text));
const DRAFT = draft.text;
/** One keystroke per version from 2 on: a figure typed into the draft, a character at a time, and a typo taken back. */
const KEYS = ['3', '5', '0', 'x', '', ' ', 'c'];
const AT = DRAFT.indexOf('more than 300 line workers') + 'more than '.length;
const textOf = (version: number) => {
  let text = DRAFT;
  let at = AT;
  for (const k of KEYS.slice(0, version - 1)) {
    if (k === '') { text = text.slice(0, at - 1) + text.slice(at); at--; } else { text = text.slice(0, at) + k + text.slice(at); at++; }
  }
  return text;
};

describe('lsp: the typing rehearsal after a start', function () {
  this.timeout(300000);
  before(() => buildOnce());
  const run = withStorage(() => generatedWorkspace(SOURCES, sources, varier));

  /** A fresh server's first diagnostics for `text` (no storage, no rehearsal). */
  async function fresh(text: string): Promise<Published> {
    const c = new LspClient({ env: NO_REHEARSAL });
    c.settings = SETTINGS;
    run.clients.push(c);
    await c.initialize([run.dir]);
    await c.open(DRAFT_URI, text, 'markdown');
    const p = await c.waitForDiagnostics(DRAFT_URI, (x) => x.version === 1, 0, 60000);
    await c.stop();
    assert.ok(!c.logs.some((l) => WARMED.test(l)), 'the reference does not rehearse');
    run.clients.splice(run.clients.indexOf(c), 1);
    return p;
  }

  it('rehearses once the sources are restored, publishes nothing of it, and answers every edit as a fresh server', async () => {
    assert.ok(DRAFT.includes('more than 300 line workers'), 'the draft has the figure typed into');
    // The last session: its review, checks and corpus outline are stored.
    const first = await startWithDraft(run.dir, run.storage, DRAFT_URI, DRAFT, SETTINGS);
    run.clients.push(first);
    await fullyChecked(first, 60000);
    await first.waitForDiagnostics(DRAFT_URI, (p) => p.version === 1, 0, 30000);
    await waitFor('the corpus outline', () => first.logs.some((l) => l.startsWith('corpus outline of ')), 30000);
    await first.stop();
    run.clients.pop();

    const c = new LspClient();
    c.settings = SETTINGS;
    run.clients.push(c);
    const marks: { line: string; published: number }[] = [];
    c.connection.onNotification('window/logMessage', (p: { message: string }) => { c.logs.push(p.message); marks.push({ line: p.message, published: c.published.length }); });
    await c.initialize([run.dir], { storagePath: run.storage });
    await c.open(DRAFT_URI, DRAFT, 'markdown');
    await c.waitForDiagnostics(DRAFT_URI, (p) => p.version === 1, 0, 30000);
    // A burst typed at once during the restore (nothing waits between them), then one at a time.
    const burst = 4;
    for (let v = 2; v <= burst; v++) await c.change(DRAFT_URI, v, textOf(v));
    await c.waitForDiagnostics(DRAFT_URI, (p) => p.version === burst, 0, 60000);
    for (let v = burst + 1; v <= KEYS.length + 1; v++) {
      await c.change(DRAFT_URI, v, textOf(v));
      await c.waitForDiagnostics(DRAFT_URI, (p) => p.version === v, 0, 60000);
    }
    await fullyChecked(c, 60000);

    const warmed = marks.find((m) => WARMED.test(m.line));
    assert.ok(warmed, `the rehearsal ran:\n${c.logs.join('\n')}`);
    assert.ok(Number(WARMED.exec(warmed.line)![1]) > 0);
    assert.equal(marks.filter((m) => WARMED.test(m.line)).length, 1, 'once a session');
    // The burst waited for the rehearsal: its answer came after the rehearsal's line.
    const burstAnswer = c.published.findIndex((p) => p.uri === DRAFT_URI && p.version === burst);
    assert.ok(burstAnswer >= warmed.published, 'the burst was answered after the rehearsal');
    // Only the typed versions were ever published, each exactly as a fresh server answers its text.
    const versions = [...new Set(c.published.map((p) => { assert.equal(p.uri, DRAFT_URI); return p.version!; }))];
    assert.ok(versions.every((v) => v >= 1 && v <= KEYS.length + 1), `versions published: ${versions.join(', ')}`);
    assert.ok(versions.includes(burst) && versions.includes(KEYS.length + 1));
    for (const v of versions) {
      const expected = await fresh(textOf(v));
      for (const p of c.published.filter((x) => x.version === v)) assert.deepEqual(p.diagnostics, expected.diagnostics, `version ${v}`);
    }
    assert.ok(c.published.at(-1)!.diagnostics.length >= 2, 'the draft has findings');
  });
});
