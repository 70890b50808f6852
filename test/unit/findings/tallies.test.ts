// Votes' tallies: a council takes several votes minutes apart, and their tallies are close numbers.
// Two tallies are the same vote when they share a side (and tell the same outcome, in words alike
// enough); then their other sides must agree. Tallies of other votes are neither support nor conflict.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: votes\' tallies', () => {
  it('does not hold tallies of two motions, minutes apart, against each other or link their times', () => {
    const files = {
      '001_paper.txt': 'Councillors rejected the parking amendment by 17 votes to 29, with two abstentions, at about 9.20 p.m.',
      '002_radio.txt': 'The zoning plan went through last night at five past ten, by twenty-eight votes to sixteen.',
    };
    for (const kind of ['figure-conflict', 'time-conflict'] as const) {
      assert.deepEqual(findingsIn(files, '001_paper.txt', kind), [], kind);
      assert.deepEqual(findingsIn(files, '002_radio.txt', kind), [], kind);
    }
  });

  it('holds two sources\' tallies of one vote to each other on the side they differ on', () => {
    const files = {
      '001_blog.txt': 'Harbour levy amendment defeated by 14 votes to 21, with two abstentions.',
      '002_news.md': 'The harbour levy amendment was defeated, 15 for, 21 against.',
      '003_release.txt': 'Council approved the budget by 29 votes to 14.',
    };
    const found = findingsIn(files, '001_blog.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /15/);
    // The budget's 14 is another vote: it does not support the blog's 14.
    assert.ok(!/29/.test(found[0].message));
  });

  it('flags a draft\'s losing side, not its winning side, against the same vote told right', () => {
    const files = {
      '001_release.txt': 'Members voted by 29 votes to 14 to approve the harbour budget and a rise in mooring fees.',
      'draft.md': 'The harbour budget was approved by 29 votes to 13, with mooring fees rising.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].message, /14/);
  });

  it('does not hold a tally of a motion defeated to one of a motion carried that shares a side', () => {
    const files = {
      '001_blog.txt': 'Pool amendment DEFEATED by 19 votes to 22.',
      '002_release.txt': 'Council also approved, by 25 votes to 19, the pool fees schedule.',
    };
    assert.deepEqual(findingsIn(files, '001_blog.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_release.txt', 'figure-conflict'), []);
  });

  it('holds a side of a tally to a count of votes told outside one (a candidate\'s votes)', () => {
    const files = {
      '001_wire.txt': 'Marta Oyelaran, a nurse from Alnwick, won 15,734 votes. The Liberal candidate received 14,260.',
      'draft.md': 'Marta Oyelaran took 15,743 votes to 14,260 for the Liberal candidate.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft.md'].slice(found[0].span.start, found[0].span.end), '15,743 votes');
  });
});
