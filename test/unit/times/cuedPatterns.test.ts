// Time scans ("in March", "since 2023", "March 10", "10th of March", "March 2023", "Monday", "12
// noon", "ten past nine", "two forty") try their pattern only just before the places their cue is
// found (text/cuedPattern.ts); most of them read those places from a search shared with others
// (scan.ts's WORD_CUES, spoken.ts's SPOKEN_CUES). Every search, with its own cue and with the
// shared places, must find exactly the match the global pattern finds from the same place:
// checked from every match's end and from random places, on every article of the gold sets and on
// random text of the words these patterns read, with odd spacing, case, surrogate pairs and the
// letters whose lower case is ASCII.
// The same for two other scans of the stage: clutter lines ("READ MORE: …", passage.ts) and zones
// an article declares ("All times ET", index.ts). The cued searches must also find matches.
import { strict as assert } from 'node:assert';
import { CUED_PATTERNS } from '../../../server/src/analysis/claims/times/scan';
import { CUED_SPOKEN_PATTERNS } from '../../../server/src/analysis/claims/times/spoken';
import { CUED_CLUTTER } from '../../../server/src/analysis/claims/times/passage';
import { CUED_DECLARED_ZONE } from '../../../server/src/analysis/claims/times';
import type { CuedPattern } from '../../../server/src/analysis/text/cuedPattern';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';

type Places = ((text: string) => readonly number[]) | undefined;
const PATTERNS: { name: string; pattern: CuedPattern; places?: Places }[] = [...CUED_PATTERNS, ...CUED_SPOKEN_PATTERNS,
  { name: 'clutter line', pattern: CUED_CLUTTER }, { name: 'declared zone', pattern: CUED_DECLARED_ZONE }];

/** The global pattern's search from `from`, on a copy (its own lastIndex). */
function plainSearch(full: RegExp, text: string, from: number): RegExpExecArray | null {
  const re = new RegExp(full.source, full.flags.includes('g') ? full.flags : full.flags + 'g');
  re.lastIndex = from;
  return re.exec(text);
}

const shape = (m: RegExpExecArray | null) => (m ? { index: m.index, groups: [...m] } : null);

/** Compares the searches from 0, from each match's end and one past its start, and from `extra` places; returns the matches seen. */
function compare(name: string, p: CuedPattern, shared: Places, text: string, extra: readonly number[]): number {
  let matches = 0;
  const froms = [0, ...extra];
  let from = 0;
  const places = shared?.(text);
  for (;;) {
    const m = plainSearch(p.full, text, from);
    assert.deepStrictEqual(shape(p.exec(text, from)), shape(m), `${name} from ${from}: ${JSON.stringify(text.slice(0, 200))}`);
    if (places) assert.deepStrictEqual(shape(p.exec(text, from, places)), shape(m), `${name} (shared) from ${from}: ${JSON.stringify(text.slice(0, 200))}`);
    if (!m) break;
    matches++;
    froms.push(m.index + 1);
    from = m.index + Math.max(1, m[0].length);
  }
  for (const f of froms) {
    const m = shape(plainSearch(p.full, text, f));
    assert.deepStrictEqual(shape(p.exec(text, f)), m, `${name} from ${f}`);
    if (places) assert.deepStrictEqual(shape(p.exec(text, f, places)), m, `${name} (shared) from ${f}`);
  }
  return matches;
}

const PIECES = ['in', 'In', 'IN', 'since', 'times', 'Times', 'TIMES', 'all', 'are', 'shown', 'ET', 'bst', 'READ', 'READ MORE', 'Related',
  'MORE ON THIS', 'watch', ':', '|', '\nREAD:', '\n  Related |', '\n\tSEE ALSO\t:', '\nMORE ON THIS  :', '\n        more on this   :', '\n \t      RECOMMENDED \t |', '\r', '\u2028', '        ', '\t', 'Monday', 'MONDAY', 'Tue', 'Tues.', 'Sun', 'Sunday', 'Mar.', 'Sept', 'SEPT', 'Jan', 'of',
  '10', '1', '12', '31st', '5th', '2nd', '31st  of', '12th\u00a0\u00a0of', '9,', '10.', 'noon', 'Noon', 'midday', 'Midnight', 'midnights', 'Maybe', 'Marches', 'Monday1', 'Since', 'mid-', 'mid', 'Mid-', 'through', 'throughout', 'Throughout', 'during', 'last', 'this',
  'before', 'after', 'by', 'March', 'MARCH', 'march', 'May', 'December', 'June', '2023', '1999', '2024,5', '2019-20', '1850', '2023%',
  'one', 'Two', 'ELEVEN', 'twelve', 'ten', 'fifteen', 'twenty', 'twenty-five', 'forty', 'fifty', 'five', 'oh', 'o', 'past', 'PAST',
  'to', 'To', 'half', 'quarter', 'a', 'an', 'minutes', 'at', 'morning', 'p.m.', 'am', 'members', '-', '‐', '.', ',', 'ſix', 'é',
  '𝐀', '\u212Aelvin', 'x', 'ten past nine', 'a quarter to ELEVEN', 'twenty-seven minutes to nine', 'half past three', 'nine oh five'];
const JOINS = [' ', ' ', ' ', '\u00a0', '', '-', '  ', '   ', '\n'];

function randomText(r: () => number): string {
  return joinedPieces(r, PIECES, JOINS, 2 + Math.floor(r() * 14));
}

describe('times: scans tried only near their cue', () => {
  it('find exactly what the global pattern finds in every article of the gold sets', () => {
    const r = seeded(5);
    const found = new Map<string, number>();
    for (const set of corpora()) {
      for (const file of set.files) {
        const extra = Array.from({ length: 5 }, () => Math.floor(r() * (file.text.length + 1)));
        for (const { name, pattern, places } of PATTERNS) found.set(name, (found.get(name) ?? 0) + compare(name, pattern, places, file.text, extra));
      }
    }
    // The gold sets say "in March" and "since 2023" often; said clock times are rarer.
    for (const name of ['prefixed month', 'prefixed year', 'month day', 'weekday']) assert.ok((found.get(name) ?? 0) > 20, `${name}: only ${found.get(name) ?? 0} matches`);
  });

  it('find exactly what the global pattern finds in random text', () => {
    const r = seeded(29);
    const found = new Map<string, number>();
    for (let n = 0; n < 12000; n++) {
      const text = randomText(r);
      const extra = [Math.floor(r() * (text.length + 1)), Math.floor(r() * (text.length + 1))];
      for (const { name, pattern, places } of PATTERNS) found.set(name, (found.get(name) ?? 0) + compare(name, pattern, places, text, extra));
    }
    for (const { name } of PATTERNS) assert.ok((found.get(name) ?? 0) > 100, `${name}: only ${found.get(name) ?? 0} random matches`);
  });
});
