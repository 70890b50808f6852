// "The number of homes without heat across the valley peaked at 48,200": a bare count that a verb of
// level ("peaked at", "rose to", "fell to") gives to "the number of" things, its clause's subject,
// counts those things. So the peak is a snapshot of homes without heat, told apart by its number from
// another source's later count of them, not one moment told at two clock times. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => new Map(analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.text, f.counted]));

describe('figures: a level reached by "the number of" things', () => {
  it('gives the count the things the number counts', () => {
    assert.equal(counted('The number of homes without heat across the valley peaked at 48,200 at 3:40 a.m.').get('48,200'), 'home');
    assert.equal(counted('By noon the number of patients waiting in the emergency ward had risen to 95.').get('95'), 'patient');
  });

  it('leaves a number whose verb has another subject bare', () => {
    assert.equal(counted('The number of homes without heat is not known, but the outage total peaked at 48,200.').get('48,200'), null);
  });

  it('does not hold the peak\'s clock time to a later count of the same things', () => {
    const files: Record<string, string> = {
      '000_wire.txt': 'KAMLOOPS, Feb. 11 (NWR) - The number of homes without heat across the valley peaked at 48,200 at 3:40 a.m., the utility said.\n',
      '001_blog.md': '# LIVE: Valley cold snap\n\n*All times Pacific.*\n\n**Thursday, Feb. 11 — 6:05 a.m.**\n\nThe utility says 9,100 homes across the valley are still without heat as of 6 a.m.\n',
    };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict').map((f) => f.text), []);
  });
});
