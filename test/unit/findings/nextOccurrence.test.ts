// "The union will publish its next count at 8am on Wednesday" against a timeline's "Tuesday, 8am: union
// count published": the next of something that recurs at one hour is another day's
// occurrence, not this one's day in dispute (round 45). The same count told on another day, with no
// "next", still is. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = [
  'NORTHGATE HEALTH BOARD – PRESS STATEMENT', 'Issued: Tuesday 9 June 2026', '',
  'Timeline (all times local)', '',
  '- Monday, 8am: union count published (33 patients waiting on beds at Ashby General).',
  '- Tuesday, 8am: union count published (40 patients waiting on beds at Ashby General).',
  '- Tuesday, 10am: the board meets union officials.', '',
].join('\n');
const paper = (line: string) => [
  '# Why Ashby General ran out of beds', '', '*The Northgate Courier · Wednesday 10 June 2026*', '',
  'The nurses\' union found 40 patients waiting on beds at Ashby General on Tuesday morning.', '',
  line, '',
].join('\n');

describe('times: the next of something that recurs', () => {
  it('leaves the next count, on another day at the same hour, alone', () => {
    const files = { '000_release.txt': release, '001_paper.md': paper('The union will publish its next count at 8am on Wednesday.') };
    assert.deepEqual(findingsIn(files, '000_release.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn(files, '001_paper.md', 'time-conflict'), []);
  });

  it('still flags the count told on another day with no "next"', () => {
    const files = { '000_release.txt': release, '001_paper.md': paper('The union will publish its count at 8am on Wednesday.') };
    assert.ok(findingsIn(files, '000_release.txt', 'time-conflict').length + findingsIn(files, '001_paper.md', 'time-conflict').length > 0);
  });
});
