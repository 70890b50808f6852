// A sentence that writes two days ("… the 240p close of 3 May, … since the talks became public on 6
// May") tells of two events: its other day is not held against a source's first one.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const notice = 'Halberd Foods plc\n14 May 2029\n\nOn 3 May 2029, the last trading day before the bid talks were disclosed, Halberd shares closed at 240 pence.';

describe('time findings: a sentence that writes two days', () => {
  it('the later day of a two-day sentence is not held against the source\'s day', () => {
    const blog = 'Markets Live | Monday 14 May 2029\n\n09:10\nThe offer is 31% above the 240p close of 3 May, but the shares have traded on takeover hopes since the bid talks were disclosed on 6 May.';
    assert.deepEqual(findingsIn({ '001_notice.txt': notice, '002_blog.txt': blog }, '002_blog.txt', 'time-conflict'), []);
  });

  it('a sentence with one day that moves the source\'s day still conflicts', () => {
    const draft = 'On 6 May, the last trading day before the bid talks were disclosed, Halberd shares closed at 240p.';
    const found = findingsIn({ '001_notice.txt': notice, 'draft_halberd.md': draft }, 'draft_halberd.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['001']);
  });

  it('a day is not held against a source\'s other day when the source\'s sentence writes this day too', () => {
    const release = 'Vesterby Bikes recalls 41,000 bicycles\n\nVesterby Bikes said on Sunday it will write to owners.\n\nKey dates:\n\n' +
      '- Canada: from Monday, 17 March 2031 (warning letters; new brake levers at shops from 24 March 2031)\n';
    const guide = 'What owners need to know\n\n- **Mon 24 Mar** – Canadian brake levers expected at shops';
    assert.deepEqual(findingsIn({ '001_release.txt': release, '002_guide.md': guide }, '002_guide.md', 'time-conflict'), []);
  });
});

