// Alaska and Hawaii clocks written out by name after a time, as US papers do: "9:12 p.m. Alaska Standard
// Time", "6 a.m. Hawaii time", and a live blog's "All times Alaska Standard Time (AKST, UTC−9)" over its
// stamps. Without them the times had no zone (or took a Pacific time told for readers elsewhere). Invented text.
import { strict as assert } from 'node:assert';
import { claim, timesIn } from './helpers';
import { analyzeArticle } from '../../../server/src/analysis';

const FEB_10_2026 = { year: 2026, month: 2, day: 10 };

describe('times: Alaska and Hawaii clocks by name', () => {
  it('reads "Alaska Standard Time", "Alaska time" and "Hawaii time" after a time', () => {
    const { times } = timesIn('The ferry ran aground at 9:12 p.m. Alaska Standard Time on Monday. Tugs reached it at 4 a.m. Alaska time, and the Honolulu office was told at 6 a.m. Hawaii time.', FEB_10_2026);
    assert.equal(claim(times, '9:12 p.m. Alaska Standard Time').zone, 'AKST');
    assert.equal(claim(times, '9:12 p.m. Alaska Standard Time').utcMinutes, 21 * 60 + 12 + 540);
    assert.equal(claim(times, '4 a.m. Alaska time').utcMinutes, 4 * 60 + 540);
    assert.equal(claim(times, '6 a.m. Hawaii time').zone, 'HST');
  });

  it('keeps a blog\'s declared Alaska clock over a Pacific time told for readers elsewhere', () => {
    const blog = 'All times Alaska Standard Time (AKST, UTC−9)\n\n**10:05 p.m.**\nThe ferry is aground. That is 11:05 p.m. Pacific for families in Portland.\n\n**9:40 p.m.**\nFirst reports of a ship in trouble.';
    const times = analyzeArticle({ path: '001_blog.md', text: blog }).times;
    assert.equal(claim(times, '9:40 p.m.').zone, 'AKST');
    assert.equal(claim(times, '10:05 p.m.').zone, 'AKST');
  });
});
