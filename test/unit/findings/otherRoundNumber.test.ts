// "about 280 tonnes" against "300 tonnes": two round numbers for one amount. The reach of "about"
// would let 300 stand for about 280, but had the writer meant 300, "about 300" was as easy to write.
// A number told more finely ("about 150" / "147"), a neighbour ("about 145" / "146"), a number said in
// words and one in another unit stay within the reach.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { otherRoundNumber } from '../../../server/src/analysis/alignment/figures';
import type { Figure } from '../../../server/src/analysis/types';

const labels = (files: Record<string, string>, path: string) =>
  findingsIn(files, path, 'figure-conflict').map((f) => [f.text, f.against.map((e) => e.label).join(',')]);

function figure(value: number, qualifier: Figure['qualifier'], extra: Partial<Figure> = {}): Figure {
  return {
    kind: 'figure', span: { start: 0, end: 1 }, text: String(value), value, interval: { low: value, high: value }, qualifier,
    unit: 'count', counted: 'household', sentence: 0, inWords: false, ...extra,
  };
}

describe('findings: "about" one round number against another', () => {
  it('holds "about 280 tonnes" and "300 tonnes" against each other', () => {
    const files = {
      '001_wire.txt': 'DRAYLING, April 3 (Wirepost) - The tanker that ran aground off Drayling on Tuesday was carrying 300 tonnes of diesel, the coastguard said.',
      '002_paper.txt': 'The tanker that ran aground off Drayling on Tuesday was carrying about 280 tonnes of diesel, the coastguard said.',
    };
    assert.deepEqual(labels(files, '001_wire.txt'), [['300 tonnes', '002']]);
    assert.deepEqual(labels(files, '002_paper.txt'), [['about 280 tonnes', '001']]);
  });

  it('tells round numbers on the step of the rounded one, not finer ones, neighbours or spoken ones', () => {
    assert.equal(otherRoundNumber(figure(470_000, 'about'), figure(500_000, 'exact')), true);
    assert.equal(otherRoundNumber(figure(150, 'about'), figure(147, 'exact')), false);
    assert.equal(otherRoundNumber(figure(2000, 'about'), figure(1900, 'exact')), false);
    assert.equal(otherRoundNumber(figure(145, 'about'), figure(146, 'exact')), false);
    assert.equal(otherRoundNumber(figure(41_000, 'about'), figure(40_000, 'about', { inWords: true })), false);
    assert.equal(otherRoundNumber(figure(470_000, 'exact'), figure(500_000, 'exact')), false);
  });

  it('takes the coarser of two "about" figures as the rounding, whichever comes first', () => {
    // "approximately 2.33 billion" / "about 2.4 billion": 2.4 rounds 2.33, not another round number.
    assert.equal(otherRoundNumber(figure(2_330_000_000, 'about'), figure(2_400_000_000, 'about')), false);
    assert.equal(otherRoundNumber(figure(2_400_000_000, 'about'), figure(2_330_000_000, 'about')), false);
    // Two "about" figures on one step still tell two round numbers ("about 160" / "about 150").
    assert.equal(otherRoundNumber(figure(160, 'about'), figure(150, 'about')), true);
    const files = {
      '001_wire.txt': 'MERREN, June 9 (Wirepost) - The new tunnel under the Merren estuary will cost approximately $2.33 billion, the transport ministry said on Tuesday.',
      '002_paper.txt': 'The new tunnel under the Merren estuary will cost about $2.4 billion, the transport ministry said on Tuesday.',
    };
    assert.deepEqual(labels(files, '001_wire.txt'), []);
    assert.deepEqual(labels(files, '002_paper.txt'), []);
  });
});
