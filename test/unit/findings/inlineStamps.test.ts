// A live blog that sets each stamp on the line of its entry ("**12:06** – The first helicopter has
// landed"): the stamp is a clock time though it has no cue (the noon
// hour, or an hour with its leading zero), and its entry is what the stamp dates.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const blog = [
  '# LIVE: Ferry fire off Korsvik', '', '**Nordkyst Online** · All times CET', '',
  '**14:30** – Police say all 212 passengers are now ashore.', '',
  '**12:20** – The ferry is being towed towards the harbour.', '',
  '**12:06** – The first rescue helicopter has landed at the harbour, witnesses say.', '',
  '**09:40** – We are receiving reports of smoke from a ferry off Korsvik.',
].join('\n');

describe('live blogs: stamps set on the line of their entry', () => {
  it('reads a noon stamp, or one with a leading zero, before a dash as a clock time', () => {
    const stamps = analyzeArticle({ path: '004_blog.md', text: blog }).times.filter((t) => t.granularity === 'clock').map((t) => t.text);
    assert.deepEqual(stamps, ['14:30', '12:20', '12:06', '09:40']);
  });

  it('dates the entry after the dash: a draft\'s later landing disagrees with it', () => {
    const files = {
      '004_blog.md': blog,
      'draft_ferry.md': '# Ferry fire\n\nThe first rescue helicopter landed at the harbour at 12:45, and all passengers were ashore by the afternoon.',
    };
    const found = findingsIn(files, 'draft_ferry.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /12:45/);
  });
});
