// The o'clock scan is skipped when the text lacks a piece every match of it holds (noon and said
// clock times are tried near their cue instead: cuedPatterns.test.ts). That is exact
// only if no text without the cue has a match: checked on every article of the gold sets and on
// random text of number words, times and odd spacing and case; and the cues must spare the scan on
// most articles (else they are pointless).
import { strict as assert } from 'node:assert';
import { CUED_SCANS } from '../../../server/src/analysis/claims/times/scan';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

const SCANS = CUED_SCANS;

function hasMatch(re: RegExp, text: string): boolean {
  const copy = new RegExp(re.source, re.flags); // the scan's own pattern, with its own lastIndex
  return copy.exec(text) !== null;
}

const PIECES = ['noon', 'Noon', 'NOON', 'midday', 'Midnight', '12', '7', 'one', 'Two', 'ELEVEN', 'twelve', 'ten', 'fifteen', 'twenty',
  'forty', 'fifty', 'five', 'oh', 'o', "o'clock", 'o’clock', "O'CLOC\u212A", 'past', 'PAST', 'to', 'To', 'half', 'quarter', 'a', 'an',
  'minutes', 'at', 'this', 'morning', 'p.m.', 'am', 'soon', 'members', '-', '‐', '.', ',', 'ſix', 'é', '𝐀'];
const JOINS = [' ', ' ', ' ', '\u00a0', '', '-', '  ', '\n'];

function randomText(r: () => number): string {
  return joinedPieces(r, PIECES, JOINS, 2 + Math.floor(r() * 10));
}

describe('times: scans skipped without their cue', () => {
  it('find nothing in an article of the gold sets without the cue, and are skipped in most', () => {
    for (const { name, full, cue } of SCANS) {
      let articles = 0;
      let skipped = 0;
      for (const set of corpora()) {
        for (const file of set.files) {
          articles++;
          if (cue.test(file.text)) continue;
          skipped++;
          assert.ok(!hasMatch(full, file.text), `${name}: ${file.path}`);
        }
      }
      assert.ok(skipped > articles / 2, `${name}: skipped in ${skipped} of ${articles}`);
    }
  });

  it('find nothing in random text of times said in words without the cue', () => {
    const r = seeded(23);
    const matched = new Map<string, number>();
    for (let n = 0; n < 20000; n++) {
      const text = randomText(r);
      for (const { name, full, cue } of SCANS) {
        if (!hasMatch(full, text)) continue;
        matched.set(name, (matched.get(name) ?? 0) + 1);
        assert.ok(cue.test(text), `${name}: ${JSON.stringify(text)}`);
      }
    }
    for (const { name } of SCANS) assert.ok((matched.get(name) ?? 0) > 50, `${name}: only ${matched.get(name) ?? 0} random matches`);
  });
});
