// A time's qualifier ("around 10 a.m.", "until Friday") is read by a pattern over the 40
// characters before it (qualifiers.ts, BEFORE). Most mentions have none, and mayLead rules those
// out by the word before the spaces, without the pattern. That is exact only if mayLead never rules
// out a stretch the pattern matches: checked at every position of the gold sets' articles and on
// random text of qualifier words, cased oddly, with marks, digits and letters past ASCII; and it
// must rule out most positions (else it is pointless).
import { strict as assert } from 'node:assert';
import { BEFORE, mayLead } from '../../../server/src/analysis/claims/times/qualifiers';
import { corpora } from '../incremental/corpora';
import { seeded } from '../robustness/arbitraries';

/** Checks every start in `text` with the pattern's 40-character window; returns [ruled out, matches]. */
function check(text: string, floor = 0): [number, number, number] {
  let out = 0;
  let matches = 0;
  let all = 0;
  for (let start = floor; start <= text.length; start++) {
    const from = Math.max(floor, start - 40);
    const matched = BEFORE.exec(text.slice(from, start)) !== null;
    all++;
    if (matched) matches++;
    if (!mayLead(text, from, start)) {
      out++;
      assert.ok(!matched, `ruled out a qualifier: ${JSON.stringify(text.slice(from, start))}`);
    }
  }
  return [out, matches, all];
}

const PIECES = ['shortly', 'after', 'AFTER', 'Before', 'just', 'past', 'soon', 'no', 'later', 'than', 'at', 'around', 'about',
  'approximately', 'approx.', 'approx', 'roughly', 'circa', 'nearly', 'almost', 'since', 'ſince', 'until', 'till', 'by', 'BY',
  'early', 'late', 'mid-', 'mid', 'from', 'between', 'the', 'police', 'said', 'Monday', '10', 'a.m.', '9:30', 'é', 'éby', 'x',
  'by2', '(', '"', '—', 'after,', 'mid-late', 'latest', 'pasta', 'Kelvin', '\u212A', '𝐀'];
const JOINS = [' ', ' ', '\u00a0', '  ', '   ', '    ', '', '-', '\n'];

describe('times: qualifiers ruled out by the word before', () => {
  it('never rules out what the pattern matches in the gold sets, and rules out most positions', () => {
    let out = 0;
    let matches = 0;
    let all = 0;
    for (const set of corpora()) {
      for (const file of set.files) {
        const [o, m, a] = check(file.text);
        out += o; matches += m; all += a;
      }
    }
    assert.ok(matches > 100, `only ${matches} qualifiers`);
    assert.ok(out > all * 0.8, `ruled out ${out} of ${all}`);
  });

  it('never rules out what the pattern matches in random text', () => {
    const r = seeded(41);
    let matches = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const k = 1 + Math.floor(r() * 8);
      for (let i = 0; i < k; i++) text += PIECES[Math.floor(r() * PIECES.length)] + JOINS[Math.floor(r() * JOINS.length)];
      matches += check(text, Math.floor(r() * 3))[1];
    }
    assert.ok(matches > 1000, `only ${matches} random qualifiers`);
  });
});
