import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractTimes, findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';
import { assertSpans } from './helpers';
import { bestGrowth, describeGrowth } from '../robustness/timing';

function run(body: string): void {
  const text = prepareText(body, 'x.txt');
  const times = extractTimes(text, findDateline(text));
  assertSpans(text, times);
}

describe('times: robustness', () => {
  it('never throws on random Unicode and keeps spans exact', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { run(s); }), { numRuns: 300 });
  });

  it('never throws on news-like fragments in random order', () => {
    const bits = ['10 a.m.', ' ET', ' on Monday', 'March', ' 10', ', 2025', ' from', ' to', ' between', ' and', ' 9',
      ':30', ' p.m.', ' Eastern', ' last', ' August', '. ', '\n\n', ' the Sunday Times', ' may', ' in 2023', '“', '”', '🔥', 'noon', ' until'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 60 }), (parts) => { run(parts.join('')); }), { numRuns: 300 });
  });

  it('never throws on UK and wire fragments in random order', () => {
    const bits = ['At', ' 7.42', ' this morning', ' the', ' 06.58', ' service', ' from', ' Leeds', '.', ' at 7.51', '\n', '\n\n',
      'LEEDS, 14 Oct (Wire) – ', 'WASHINGTON, March 10 -', ' tonight', ' last night,', " six o'clock", ' by', ' 1.25', ' per cent',
      ' EDT', ' on June 8', ' “', '”', ' (0030 GMT)', ' yesterday', ' Monday', ', 2026', ' | Last updated 9:40 p.m.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 60 }), (parts) => { run(parts.join('')); }), { numRuns: 300 });
  });

  // Growth, not a wall-clock bound: ×8 text may take at most ×24 time (medians of interleaved runs),
  // so a loaded machine slows both sides alike and only a super-linear pattern fails.
  it('stays linear on long lines of adversarial text (×8 text, at most ×24 time, up to 128 KB)', function () {
    this.timeout(120000);
    const patterns = ['1 ', 'March ', 'from 9 ', 'Monday ', '10:3', ' '.repeat(50) + '5 a', 'in 2023 ', 'a.m. a.m. ',
      'at 10 a.m. ET on Monday, March 10, 2025. ', 'between 9 and 10 a.m. ', 'date 2025-01-01\n',
      'at 7.42 this morning ', 'the 06.58 Leeds Leeds ', 'from 9.30 to ', 'ALLENTOWN, Pa., June 8 ', 'LEEDS, 14 Oct (X) – at 7.51. ',
      "six o'clock tonight ", 'rose by 1.25 ', '“quoted on Monday ', 'AAAA, AAAA, ', 'Last night, at '];
    for (const p of patterns) {
      const make = (n: number) => p.repeat(Math.ceil(n / p.length));
      const g = bestGrowth(make, run, { n: 4000, factor: 8, reps: 3, minMs: 15, maxN: 16_000, giveUpRatio: 72 }, 24);
      assert.ok(g.ratio <= 24, `${JSON.stringify(p)} super-linear: ${describeGrowth(g)}`);
    }
  });

  it('handles the shared sample articles without throwing, when present', function () {
    const dir = join(__dirname, '../../../../shared/corpus/x-outage');
    if (!existsSync(dir)) this.skip();
    for (const f of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) run(readFileSync(join(dir, f), 'utf8'));
  });
});
