// A formal sitting is timed by its opening: "The inquiry, chaired by a retired judge, opened at 10:15",
// "a debate that got under way at 10:15", and a live blog's or a timeline's "10:15 — Hearing opens" or
// "10:15 — We're under way" tell the story's onset as "began at" does. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const day = 'Tuesday 9 March 2027';

describe('time findings: a sitting\'s opening as the story\'s onset', () => {
  it('holds a source\'s "began at" against others\' "opened at" and a blog\'s "under way" stamp', () => {
    const files = {
      '001_wire.txt': `${day}\n\nThe harbour inquiry, chaired by a retired judge from Dunmore, opened at 10:15 a.m. and heard from 14 witnesses.`,
      '002_blog.md': `# Harbour inquiry live\n\n${day}\n\n### 11:40 a.m. — First witness\nThe harbourmaster gives evidence about the dredging contract.\n\n### 10:15 a.m. — We're under way\nThe harbour inquiry has opened in the town hall.`,
      '003_release.txt': `${day}\n\nTimetable of the day\n- 10:15 a.m. — Inquiry opens in the town hall.\n- 1:00 p.m. — Lunch.`,
      '004_newsletter.md': `${day}\n\nThe harbour inquiry heard from 14 witnesses. It began at 10:45 a.m. in the town hall.`,
    };
    const found = findingsIn(files, '004_newsletter.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['10:45 a.m.']);
    for (const path of ['001_wire.txt', '002_blog.md', '003_release.txt']) {
      assert.equal(findingsIn(files, path, 'time-conflict').length, 1, path);
    }
  });

  it('does not take a shop or a market that opened for a sitting', () => {
    const files = {
      '001_wire.txt': `${day}\n\nThe new bakery on the quay opened at 7:15 a.m. and sold out by noon.`,
      '002_blog.md': `${day}\n\nThe harbour fire began at 8:30 a.m. behind the quay.`,
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
  });
  it('does not hold the onset of a part of the sitting to the sitting\'s opening', () => {
    const files = {
      '001_blog.md': `# Harbour board live\n\n${day}\n\n### 8:10 p.m. — Public comment begins\nThe first of 30 speakers takes the microphone.\n\n### 7:05 p.m. — We're under way\nThe chair calls the harbour board to order.`,
      'draft.md': 'The harbour board met on Tuesday. Public comment began at 8:10 p.m., and 30 people spoke.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict'), []);
  });
});
