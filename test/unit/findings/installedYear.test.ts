// "The lift, installed in 2009, will be out of service for a month": the year a piece of equipment went
// in, which no source writes, is a claim no source makes, as "the plant, which opened in 1968" is
// (findings/years.ts foundingYear). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'DORVAL, March 3 (Borderwire) - A fire in a lift motor room closed Dorval Central station on Tuesday. The lift will be out of service for a month.\n',
  '002_paper.md': '# Dorval fire\n\nThe damaged lift at Dorval Central, commissioned in 1997, will be out of service for a month, the operator said.\n',
};
const unsourced = (draft: string) => findingsIn({ ...sources, 'draft_dorval.md': draft }, 'draft_dorval.md', 'unsourced-claim').map((f) => f.text);

describe('unsourced findings: the year equipment was installed', () => {
  it('flags a year no source gives', () => {
    assert.deepEqual(unsourced('# Fire at Dorval Central\n\nThe lift, installed in 2009, will be out of service for a month.\n'), ['2009']);
  });

  it('leaves a year a source writes', () => {
    assert.deepEqual(unsourced('# Fire at Dorval Central\n\nThe lift, installed in 1997, will be out of service for a month.\n'), []);
  });
});
