// Typing into an open article, character by character, as an editor does: every keystroke's
// incremental analysis must equal a fresh analyzeArticle, on the draft and a source of every gold
// set, typed into at its lede, its middle and its end, with a typo and its backspace now and then.
// The memo's fast path (the span asked for next is the one after the last found, compared by its key
// alone) must carry nearly all of it, so the test fails if that path is gone.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyzeArticle } from '../../../server/src/analysis';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { corpora } from './corpora';

const PHRASE = ' as 1,240 crews said on Tuesday, “we are done,” Ana Ruiz told';

/** Offsets to type at: the end of the first sentence, the middle, the end of the text. */
function places(text: string): number[] {
  const firstStop = text.search(/[.!?](\s|$)/);
  const middle = text.indexOf('.', Math.floor(text.length / 2));
  return [firstStop, middle, text.trimEnd().length - 1].filter((x) => x > 0);
}

describe('incremental analysis while typing', () => {
  it('equals a fresh analysis at every keystroke on every gold set, found mostly by the next span\'s key', function () {
    // A guard against a hang, not a timing: the gold sets grow every round (220 s for 128 sets on a busy 2-core machine).
    this.timeout(900000);
    let keystrokes = 0;
    let hits = 0;
    let near = 0;
    for (const set of corpora()) {
      const draft = set.files.find((f) => /^draft/i.test(path.basename(f.path)));
      const source = set.files.find((f) => f !== draft);
      for (const file of [draft, source]) {
        if (!file) continue;
        const analyzer = new IncrementalAnalyzer();
        let text: string = file.text;
        analyzer.analyze({ path: file.path, text });
        for (const at of places(file.text)) {
          let cursor = at + (text.length - file.text.length);
          for (let i = 0; i < PHRASE.length; i++) {
            const typo = i % 11 === 5;
            const steps = typo ? ['x', '\b', PHRASE[i]] : [PHRASE[i]];
            for (const s of steps) {
              if (s === '\b') { text = text.slice(0, cursor - 1) + text.slice(cursor); cursor--; }
              else { text = text.slice(0, cursor) + s + text.slice(cursor); cursor++; }
              const input: { path: string; text: string } = { path: file.path, text };
              const incremental = analyzer.analyze(input);
              const stats = analyzer.stats(file.path)!;
              hits += stats.hits;
              near += stats.near;
              keystrokes++;
              assert.deepStrictEqual(incremental, analyzeArticle(input), `${set.name} ${path.basename(file.path)} keystroke ${keystrokes}`);
            }
          }
        }
      }
    }
    assert.ok(keystrokes > 1500, `keystrokes ${keystrokes}`);
    assert.ok(hits > keystrokes * 20, `hits ${hits} over ${keystrokes} keystrokes`);
    assert.ok(near > hits * 0.9, `${near} of ${hits} hits found at the next span`);
  });
});
