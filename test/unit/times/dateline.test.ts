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
    assert.deepEqual(dl('Updated: 04.03.2025, 18:42 CET\n\nThe river rose.'), { year: 2025, month: 3, day: 4 });
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

  it('reads wire datelines: month and day, no year unless written', () => {
    assert.deepEqual(dl('TOLEDO, Ohio, Aug. 19 (Newsline) - Crews cut power to 9,000 homes.'), { month: 8, day: 19 });
    assert.deepEqual(dl('BRUSSELS, April 2 (Wire) - Ministers met late.'), { month: 4, day: 2 });
    assert.deepEqual(dl('Headline\n\nCARDIFF, 3 Feb (NewsWales) – The strike spread.'), { month: 2, day: 3 });
    assert.deepEqual(dl('SAN DIEGO, Calif., Sept. 30, 2024 (Wire) — The port reopened.'), { year: 2024, month: 9, day: 30 });
    assert.deepEqual(dl('OSLO, May 6 — Talks resumed.'), { month: 5, day: 6 });
  });

  it('gives a wire dateline the year of a full date written close to it', () => {
    assert.deepEqual(dl('TOLEDO, Ohio, Aug. 19 (Newsline) - A hearing is set for Aug. 27, 2026, the utility said.'),
      { year: 2026, month: 8, day: 19 });
    // Across New Year: a January date a few days on puts the dateline in the year before.
    assert.deepEqual(dl('OSLO, Dec. 29 (Wire) - The tunnel opens on Jan. 4, 2027.'), { year: 2026, month: 12, day: 29 });
  });

  it('does not take a year from history, an anniversary, or dates that disagree', () => {
    assert.deepEqual(dl('TOLEDO, Ohio, Aug. 19 (Newsline) - The plant opened on Aug. 12, 1998, and closed in 2019.'), { month: 8, day: 19 });
    assert.deepEqual(dl('KOBE, Jan. 17 (Wire) - Survivors gathered 30 years after the Jan. 17, 1995 quake.'), { month: 1, day: 17 });
    // Two full dates that put the dateline in different years: no guess.
    assert.deepEqual(dl('OSLO, Jan. 1 (Wire) - Shops shut on Dec. 26, 2026 and had reopened on Jan. 3, 2026.'), { month: 1, day: 1 });
    // Only the latest year written counts: an older full date is history.
    assert.deepEqual(dl('TOLEDO, Ohio, Aug. 19 (Newsline) - Filed Aug. 14, 2025, the suit was revived in 2026.'), { month: 8, day: 19 });
  });

  it('does not take a capitalised sentence opening for a wire dateline', () => {
    assert.equal(dl('Officials in Leeds, June 8 marks the date - no.'), null);
    assert.equal(dl('By JANE ROW, Aug. 19 (Newsline) - The vote.'), null);
  });

  it('does not report the wire dateline as a claim, but keeps the rest of its line', () => {
    const { times } = timesIn('DUNDEE, 3 Mar (NewsScot) – The bridge shut at 06:10 GMT on 3 March after a crash.');
    assert.deepEqual(texts(times), ['06:10 GMT', '3 March']);
    assert.deepEqual(claim(times, '06:10 GMT').date, { month: 3, day: 3 });
  });

  it('resolves today and yesterday against a yearless dateline, and a weekday only to its month', () => {
    const { times } = timesIn('TOLEDO, Ohio, Aug. 19 (Newsline) - The plant shut yesterday and talks resume today. The union met on Friday.');
    assert.deepEqual(claim(times, 'yesterday').date, { month: 8, day: 18 });
    assert.deepEqual(claim(times, 'today').date, { month: 8, day: 19 });
    const friday = claim(times, 'Friday');
    // A week either side of 19 August is still August: the month, for daylight saving, and no day.
    assert.deepEqual(friday.date, { month: 8 });
    assert.equal(friday.weekday, 5);
  });

  it('leaves "yesterday" unknown when a leap day may lie between', () => {
    const { times } = timesIn('LIMA, March 1 (Wire) - The quake struck yesterday.');
    assert.deepEqual(claim(times, 'yesterday').date, {});
  });

  it('counts weekdays back from a yearless dateline the article gives a weekday', () => {
    const { times } = timesIn('TOLEDO, Ohio, Aug. 19 (Newsline) - The strike began on Thursday, Aug. 19. Talks had failed on Monday.');
    assert.deepEqual(claim(times, 'Monday').date, { month: 8, day: 16 });
  });

  it('resolves weekdays once a full date elsewhere gives the year', () => {
    const { times } = timesIn('TOLEDO, Ohio, Aug. 19 (Newsline) - The union walked out on Monday. A ruling is due Aug. 24, 2026.');
    assert.deepEqual(claim(times, 'Monday').date, { year: 2026, month: 8, day: 17 });
  });

  it('does not report a "| Last updated" stamp as a claim', () => {
    const { times } = timesIn('City desk | Last updated 9:40 p.m.\n\nThe lights went out at 6:05 p.m.');
    assert.deepEqual(texts(times), ['6:05 p.m.']);
  });

  it('does not report an "Updated" stamp that opens a later sentence of a top line as a claim', () => {
    const { times } = timesIn('Ferry strike enters third day\n\nHarbour Gazette live coverage. All times EDT. Updated Friday, August 14, 2026.\n\nThe ferry left at 7:10 a.m. The next sailing is on Saturday, August 15.');
    assert.deepEqual(texts(times), ['7:10 a.m.', 'Saturday, August 15']);
    // A date a sentence further on is the story's, not the stamp's.
    const later = timesIn('Ferry strike enters third day\n\nHarbour Gazette live coverage. Updated hourly. The inquiry opens on August 20, 2026.\n\nThe ferry left at 7:10 a.m.');
    assert.ok(texts(later.times).some((t) => t.includes('August 20, 2026')));
  });
});
