import { strict as assert } from 'node:assert';
import { findDateline } from '../../../server/src/analysis/claims/times';
import { prepareText } from '../../../server/src/analysis/text';
import type { ArticleText } from '../../../server/src/analysis/types';
import { claim, texts, timesIn } from './helpers';

const dl = (body: string, frontMatter: Record<string, string> = {}) => {
  const text: ArticleText = { ...prepareText(body, 'x.txt') };
  text.frontMatter = { ...text.frontMatter, ...frontMatter };
  return findDateline(text);
};

describe('times: dateline', () => {
  it('reads the front-matter date first', () => {
    assert.deepEqual(dl('The mayor resigned on May 2, 2024.', { date: '2025-06-03' }), { year: 2025, month: 6, day: 3 });
    assert.deepEqual(dl('Body text.', { date: 'June 3, 2025 09:00' }), { year: 2025, month: 6, day: 3 });
  });

  it('reads "date 2025-03-11" and "Date: March 11, 2025" lines', () => {
    assert.deepEqual(dl('date 2025-03-11\n\nThe river rose overnight.'), { year: 2025, month: 3, day: 11 });
    assert.deepEqual(dl('Date: March 11, 2025\n\nThe river rose overnight.'), { year: 2025, month: 3, day: 11 });
  });

  it('reads Published and Updated lines with times and weekdays in them', () => {
    assert.deepEqual(dl('Flood warning extended\nPublished: 14 February 2024\n\nThe river rose.'), { year: 2024, month: 2, day: 14 });
    assert.deepEqual(dl('Flood warning extended\nUpdated 3:45 PM EDT, Tue March 11, 2025\n\nThe river rose.'), { year: 2025, month: 3, day: 11 });
    assert.deepEqual(dl('Posted on 06/30/2025\n\nThe river rose.'), { year: 2025, month: 6, day: 30 });
  });

  it('gives an AP-style place dateline no date', () => {
    assert.equal(dl('DENVER (AP) — Snow closed schools across the city on Monday.'), null);
  });

  it('takes the first full date near the top, and nothing further down', () => {
    assert.deepEqual(dl('City budget passes\nJune 3, 2025\n\nThe council voted 7-2.'), { year: 2025, month: 6, day: 3 });
    const far = 'Line one.\nLine two.\nLine three.\nLine four.\nLine five.\nLine six.\nIt opened on June 3, 2025.';
    assert.equal(dl(far), null);
  });

  it('ignores a clutter line linking to another story', () => {
    assert.equal(dl('The river rose overnight.\nREAD: Dam repairs stall (January 9, 2025)\nCrews worked on.'), null);
  });

  it('does not report its own dateline as a date claim, but keeps the story on the same line', () => {
    const { times } = timesIn('date 2025-03-11 Crews restored power on Monday, Mar. 10. Lines fell at 6 a.m. ET.');
    assert.ok(!texts(times).includes('2025-03-11'));
    assert.deepEqual(claim(times, 'Monday, Mar. 10').date, { year: 2025, month: 3, day: 10 });
  });

  it('does not report a date-only byline line as a claim', () => {
    const { times } = timesIn('City budget passes\nJune 3, 2025\n\nThe council voted on Monday.');
    assert.deepEqual(texts(times), ['Monday']);
    assert.deepEqual(times[0].date, { year: 2025, month: 6, day: 2 });
  });

  it('anchors weekdays to a dateline read from the text', () => {
    const { times } = timesIn('Published: Thursday, June 5, 2025\n\nThe strike started on Monday.');
    assert.deepEqual(claim(times, 'Monday').date, { year: 2025, month: 6, day: 2 });
  });
});
