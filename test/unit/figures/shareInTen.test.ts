// "38 of the 96 – roughly four in ten – …": a share told as so many in ten (five, a hundred), set off
// after the count it describes or told "of" a whole ("seven in ten of its tenants"), is a percentage,
// compared as one; "one in five residents was affected" and "3 in 10 minutes" go on with words and
// are left alone. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const shares = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'percent').map((f) => [f.text, f.value, f.of ?? null]);

describe('figures: a share told "in ten"', () => {
  it('reads a share set off after a count ("– roughly four in ten –", "…, or one in every three.") as a percentage', () => {
    assert.deepEqual(shares('By Monday, 21 of the 52 stations – roughly four in ten – had reopened.'), [['roughly four in ten', 40, null]]);
    assert.deepEqual(shares('The council closed 14 of its 42 libraries, or one in every three.'), [['one in every three', 100 / 3, null]]);
  });

  it('leaves a share that goes on with words, and a count within a stretch of time', () => {
    assert.deepEqual(shares('One in five adults now cycle to work.'), []);
    assert.deepEqual(shares('The striker scored 3 in 10 minutes.'), []);
  });

  it('reads a share told of a whole ("three in ten of the flats") as a percentage of it', () => {
    assert.deepEqual(shares('Nearly three in ten of the flats were empty.'), [['Nearly three in ten of the flats', 30, 'flat']]);
  });

  it('holds a draft\'s share of a whole against a source\'s share in ten of the same whole', () => {
    const files = {
      '001_paper.md': 'The housing trust said about seven in ten of its tenants were behind on rent.',
      'draft_trust.md': 'The housing trust said 45% of its tenants were behind on rent.',
    };
    assert.equal(findingsIn(files, 'draft_trust.md', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, 'draft_trust.md', 'unsourced-claim').length, 0);
  });

  it('holds a draft\'s share against a source\'s share told in ten', () => {
    const files = {
      '001_paper.md': 'By Monday evening, 21 of the line\'s 52 stations – roughly four in ten – had reopened to passengers.',
      'draft_rail.md': 'By Monday evening, 21 of the line\'s 52 stations – about 60% of them – had reopened to passengers.',
    };
    assert.equal(findingsIn(files, 'draft_rail.md', 'figure-conflict').length, 1);
    assert.equal(findingsIn(files, 'draft_rail.md', 'unsourced-claim').length, 0);
  });
});
