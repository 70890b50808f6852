// "*All times are Oslo time (UTC+1).*": the offset after UTC names the blog's clock, not UTC itself;
// and in a blog whose stamps show the 24-hour clock ("08:30 —", "17:40 —"), a "10:00 —" or "11:20 —"
// stamp is the morning, read as the others are (a 12-hour blog's "10:00" stays unread).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { offsetZone } from '../../../server/src/analysis/claims/times/zones';

const times = (text: string) => analyzeArticle({ path: '001_blog.md', text }).times.map((t) => [t.text, t.zone, t.utcMinutes ?? null]);

describe('times: a blog\'s clock written as an offset, and its 24-hour stamps', () => {
  it('reads "UTC+1", "UTC−3" and "GMT+5:30" as fixed offsets', () => {
    assert.equal(offsetZone('+1)')?.fixed, 60);
    assert.equal(offsetZone('−3)')?.fixed, -180);
    assert.equal(offsetZone('+5:30')?.fixed, 330);
    assert.equal(offsetZone(')'), undefined);
    assert.equal(offsetZone('+0'), undefined);
  });

  it('puts a blog\'s stamps on the offset its header declares', () => {
    assert.deepEqual(times('*All times are Oslo time (UTC+1). Newest first.*\n\n**09:10** — Good morning from the quay.'), [['09:10', 'UTC+1', 490]]);
  });

  it('reads a ten or eleven o\'clock stamp of a 24-hour blog', () => {
    const blog = '# LIVE: ferry strike\n\n*All times CET. Newest first.*\n\n**14:40** — Talks resume.\n\n**11:20** — The union says the talks have stalled.\n\n**10:00** — The briefing has started at the port office.\n\n**08:30** — Good morning.';
    assert.deepEqual(times(blog).map((t) => t[0]), ['14:40', '11:20', '10:00', '08:30']);
    assert.deepEqual(times('# LIVE\n\n**10:00** — The briefing has started.\n\n**4:20** — More news.'), []);
  });
});
