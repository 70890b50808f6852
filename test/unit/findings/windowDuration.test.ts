// "has opened 40 clinics over the past five years" / "who signed up over the past three years": a
// stretch told as the window in which something was done or counted is one of the many a story tells,
// not how long one thing lasted, so the sources' one agreed duration is no rival of it
// (durationConsensus). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_blog.md': 'The union says more than 2,000 drivers have signed up to the claim over the past three years.',
  '002_wire.txt': 'Lawyers for the drivers filed the claim at the High Court in Leeds on Tuesday, the union said.',
};

describe('findings: a duration told as a window of time is not how long one thing lasted', () => {
  it('leaves a draft\'s window unheld by a source\'s window of another thing', () => {
    const files = { ...sources, 'draft_drivers.md': 'The operator, which has opened 40 depots over the past five years, said it would fight the claim.' };
    assert.deepEqual(findingsIn(files, 'draft_drivers.md', 'figure-conflict'), []);
  });

  it('leaves a draft\'s span unheld by a source\'s window', () => {
    const files = { ...sources, 'draft_drivers.md': 'The hearing lasted five years before the judge ruled on the claim.' };
    assert.deepEqual(findingsIn(files, 'draft_drivers.md', 'figure-conflict'), []);
  });

  it('still holds a span that the sources tell otherwise', () => {
    const files = {
      '001_blog.md': 'The drivers\' strike lasted three years before the union settled.',
      '002_wire.txt': 'Lawyers for the drivers filed the claim at the High Court in Leeds on Tuesday, the union said.',
      'draft_drivers.md': 'The drivers\' walkout dragged on for five years in all.',
    };
    assert.equal(findingsIn(files, 'draft_drivers.md', 'figure-conflict').length, 1);
  });
});
