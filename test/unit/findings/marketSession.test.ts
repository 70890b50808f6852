// "the London market opened at 8am" / "within minutes of the market opening at 9am": a time told right
// after a market's open (or close) is that session's moment, and a draft an hour off is flagged. A zone a
// source writes only in a bracketed conversion ("07:00 GMT (08:00 CET)") is for readers elsewhere, not a
// clock the story is told on: a draft's zone-less time is not read on it. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';

const sources = {
  '001_wire.txt': 'LONDON, Nov 4 (Wire) - Harwood Group published its profit warning at 07:00 GMT (08:00 CET), an hour before the London market opened. Harwood shares fell 9 percent in early trading.',
  '002_blog.md': '# Harwood warns on profit – markets live\n\n*All times GMT.*\n\n**08:05** **Harwood slides**\n\nThe London market opened at 8am and Harwood is down 7.2% at 141p.\n',
};

describe('time findings: a market session', () => {
  it('keys a time by the open or close told right before it', () => {
    assert.ok(eventKeysAt('The London market opened at 8am and Harwood fell.', '8am').includes('~session:open'));
    assert.ok(eventKeysAt('shares slid within minutes of the market opening at 9am', '9am').includes('~session:open'));
    assert.ok(eventKeysAt('before markets close at 4.30pm', '4.30pm').includes('~session:close'));
    assert.ok(!eventKeysAt('The shop opened at 9am.', '9am').some((k) => k.startsWith('~session')));
  });

  it("flags a draft's open an hour off", () => {
    const files = { ...sources, 'draft_harwood.md': 'Harwood shares fell sharply within minutes of the market opening at 9am, before recovering some ground.' };
    const found = findingsIn(files, 'draft_harwood.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_harwood.md'].slice(found[0].span.start, found[0].span.end), '9am');
  });

  it('leaves the right open alone', () => {
    const files = { ...sources, 'draft_harwood.md': 'Harwood shares fell sharply within minutes of the market opening at 8am, before recovering some ground.' };
    assert.deepEqual(findingsIn(files, 'draft_harwood.md', 'time-conflict'), []);
  });
});
