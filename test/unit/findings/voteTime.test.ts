// A body's vote, told in the words reporters vary ("the panel voted 6-3" / "councillors approved the
// licence" / "the board resolved to approve" / "the vote was taken"), is one moment when each article
// tells it at one moment; read to a minute nobody rounds to, minutes apart, two tellings disagree.
// An action told before another clock time of its sentence is that time's, not one further on, and a
// conversion in brackets is its time's moment ("voted at 10:42 p.m. (2142 GMT, 4:42 p.m. in Tulsa)").
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');

describe('events: a vote', () => {
  it('is keyed alone, whatever body or verb tells it', () => {
    assert.ok(eventKeysAt('The licensing panel voted 6-3 at 10:42 p.m. after a long debate.', '10:42 p.m.').includes('~vote'));
    assert.ok(eventKeysAt('Councillors approved the casino licence at 10:42 p.m.', '10:42 p.m.').includes('~vote'));
    assert.ok(eventKeysAt('The board resolved to approve the merger at 10:42 p.m. on Monday.', '10:42 p.m.').includes('~vote'));
    assert.ok(eventKeysAt('The vote was taken at 10:42 p.m., four hours in.', '10:42 p.m.').includes('~vote'));
    assert.ok(eventKeysAt('Trustees backed the sale at 10:42 p.m.', '10:42 p.m.').includes('~vote'));
  });

  it('"backed up", "backed away" are no decision', () => {
    assert.deepEqual(eventKeysAt('Traffic backed up at 5:12 p.m. on the ring road.', '5:12 p.m.'), []);
    assert.deepEqual(eventKeysAt('The firm backed away at 5:12 p.m. from the deal.', '5:12 p.m.'), []);
  });

  it('two sources that tell the vote eleven minutes apart, to the minute, in unlike words, conflict', () => {
    const files = {
      '001_wire.txt': 'Published June 9, 2027\n\nThe licensing panel voted six to three at 10:42 p.m. after a debate of almost four hours.',
      '002_release.txt': 'Published June 9, 2027\n\nCouncillors approved the casino licence at 10:53 p.m., subject to 14 conditions.',
    };
    const found = timeConflicts(files, '002_release.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
  });

  it('a conversion in brackets is the moment of the vote, and a time after it does not take the vote', () => {
    const text = 'LEEDS, England, June 9 (Wirepost) - The board voted 9-4 at 10:42 p.m. (2142 GMT, 4:42 p.m. in Tulsa, Oklahoma) after a meeting that began at 6 p.m.';
    assert.ok(eventKeysAt(text, '10:42 p.m.').includes('~vote'));
    const files = {
      '001_wire.txt': text,
      '002_release.txt': 'Published June 9, 2027\n\nThe vote was taken at 10:53 p.m., the trust said in a statement.',
    };
    // Read as other moments, 2142 GMT (an hour off the unplaced 10:42 p.m.) or 4:42 p.m. (which took
    // "voted" too) had the article tell votes at two moments, and neither was kept.
    const found = timeConflicts(files, '002_release.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
  });

  it('an article telling votes at two moments keeps neither alone', () => {
    const files = {
      '001_wire.txt': 'Published June 9, 2027\n\nMembers voted down the amendment at 9:13 p.m. The assembly approved the budget at 11:47 p.m.',
      '002_release.txt': 'Published June 9, 2027\n\nThe vote was taken at 9:24 p.m., the clerk said.',
    };
    assert.deepEqual(timeConflicts(files, '002_release.txt'), []);
  });
});
