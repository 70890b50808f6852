// dayPartNear skips its two patterns when no day-part word is near (their compilation, 1 to 10 ms,
// fell on the first keystroke that typed a bare clock time). The skip must never change an answer:
// here it is held to the patterns run on every slice, at every digit of every corpus text and of
// invented text with upper case, letters glued to the word, non-ASCII neighbours and look-alikes.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AFTER, BEFORE, dayPartNear, type DayPart } from '../../../server/src/analysis/claims/times/dayparts';

// The patterns dayparts.ts runs, here run without the skip.
const PARTS: Record<string, DayPart> = { morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', tonight: 'night', overnight: 'overnight' };

function plain(text: string, start: number, end: number): DayPart | null {
  const after = AFTER.exec(text.slice(end, end + 48));
  const before = after ? null : BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  const word = (after ? after[1] ?? after[2] : before?.[1])?.toLowerCase();
  return word === undefined ? null : PARTS[word] ?? null;
}

function corpusTexts(): string[] {
  const root = path.resolve(__dirname, '../../fixtures/corpora');
  const out: string[] = [];
  for (const dir of fs.readdirSync(root)) {
    const d = path.join(root, dir);
    if (!fs.statSync(d).isDirectory()) continue;
    for (const f of fs.readdirSync(d)) if (/\.(md|txt)$/.test(f)) out.push(fs.readFileSync(path.join(d, f), 'utf8'));
  }
  return out;
}

describe('times: dayPartNear skips its patterns only where they cannot match', () => {
  it('answers as the patterns do at every digit of the corpora', () => {
    let found = 0;
    let asked = 0;
    for (const text of corpusTexts()) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) continue;
        let j = i;
        while (j < text.length && /[0-9:.]/.test(text[j])) j++;
        asked++;
        const want = plain(text, i, j);
        assert.equal(dayPartNear(text, i, j), want, `at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 50), j + 50))}`);
        if (want) found++;
        i = j;
      }
    }
    assert.ok(asked > 5_000 && found > 30, `${asked} times asked, ${found} day-parts found`);
  });

  it('answers as the patterns do on invented text', () => {
    const befores = ['', 'x', '5', '-', '\u00e9', '\u0345', '\u017f', 'İ', '“', '\u212a', ' ', 'To', 'over', 'OVER'];
    const words = ['morning', 'MORNING', 'Night', 'NIGHT', 'tonight', 'Tonight', 'overnight', 'evening', 'Afternoon', 'nightly', 'knight', 'mornings', 'n\u0130ght', 'ni\u0307ght', 'nigh', 'eve'];
    const joins = [' ', '  ', ', ', ',\u00a0', '\u00a0', '   ', ',', ' shortly after ', ' at about ', ' ſince ', ' Around ', ' at at at '];
    const afters = ['', ' ', 'x', '5', '\u00e9', '.', '\u0345', '’s'];
    const leads = ['', ',', ', this ', ' that same ', ' on Monday ', ' Monday ', ' in the ', ' at ', ' last ', ' This ', ' yesterday '];
    let found = 0;
    for (const b of befores) for (const w of words) for (const j of joins) {
      const text = `It ended ${b}${w}${j}9:15 and`;
      const start = text.indexOf('9:15');
      const want = plain(text, start, start + 4);
      assert.equal(dayPartNear(text, start, start + 4), want, JSON.stringify(text));
      if (want) found++;
    }
    for (const l of leads) for (const w of words) for (const a of afters) {
      const text = `at 9:15${l}${w}${a} it ended`;
      const want = plain(text, 3, 7);
      assert.equal(dayPartNear(text, 3, 7), want, JSON.stringify(text));
      if (want) found++;
    }
    assert.ok(found > 200, `${found} day-parts found`);
  });
});
