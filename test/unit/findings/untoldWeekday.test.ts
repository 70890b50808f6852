// "the minister is due to meet the unions again next Thursday": a draft's plan dated to a weekday ahead,
// whose day no source dates anything to and whose weekday no source names, is a claim no source makes.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'LARNE, March 3 (Coastline News) - Ferry crews at Larne walked out on Tuesday over a pay offer of 2 percent, the union said. The operator said talks would go on.';
const unsourced = (draft: string, source = wire) => findingsIn({ '001_wire.txt': source, 'draft.md': draft }, 'draft.md', 'unsourced-claim').map((f) => f.text);

describe('dates: a plan on a weekday no source tells', () => {
  it('flags a plan on a weekday ahead that no source names', () => {
    assert.deepEqual(unsourced('# Ferry strike\n\nFerry crews at Larne walked out on Tuesday. The minister is due to meet the unions again next Thursday.'), ['next Thursday']);
  });

  it('leaves a weekday a source names, and a weekday told of the past', () => {
    const source = wire + ' The minister will meet the unions on Thursday.';
    assert.deepEqual(unsourced('# Ferry strike\n\nFerry crews at Larne walked out on Tuesday. The minister is due to meet the unions again next Thursday.', source), []);
    assert.deepEqual(unsourced('# Ferry strike\n\nFerry crews at Larne walked out on Tuesday. The minister met the unions on Wednesday.'), []);
  });
});
