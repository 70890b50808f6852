// A count of one moment told at another: a draft that gives the 2 a.m. count for 6 a.m. disagrees
// with the 6 a.m. counts however far off they are. Homes and households are one count; a blog's
// 24-hour stamp opening its entry's line ("**06:05** Still …") is a clock time; and GMT written
// beside one time does not carry past its paragraph to times told on the story's own clock.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const blog = [
  '# LIVE: storm cuts power across the coast', '',
  '**Coastline Daily live · Updated Friday 7 March 2031, 09:30**', '',
  '**06:05** Still about 2,900 households without power, the utility says.', '',
  '**02:00** Down to 38,000 households without electricity.', '',
  '**22:10** The utility says 120,000 households are without power.',
].join('\n');
const wire = 'KESTON, March 7 (Coastwire) - About 120,000 homes lost power on Thursday night. The number fell to 2,900 by 6 a.m. on Friday, the utility said.';
const draft = (count: string) => `# Storm night\n\nThe storm struck at 21:40 GMT on Thursday, the met office said.\n\nRepairs went on all night. At 6 a.m. on Friday, ${count} homes were still without power.`;

describe('figure findings: a count told at the wrong moment', () => {
  it('reads a 24-hour stamp that opens its entry\'s line', () => {
    const times = analyzeArticle({ path: '002_blog.md', text: blog }).times.filter((t) => t.granularity === 'clock').map((t) => t.text);
    assert.ok(times.includes('06:05') && times.includes('02:00'), times.join(' | '));
  });

  it('does not carry GMT from one paragraph to a time of the next', () => {
    const a = analyzeArticle({ path: 'draft_storm.md', text: draft('2,900') });
    const six = a.times.find((t) => t.text === '6 a.m.');
    assert.equal(six?.zone, null);
    const same = analyzeArticle({ path: 'draft_storm.md', text: 'The storm struck at 21:40 GMT and the lights went out by 22:10.' });
    assert.equal(same.times.find((t) => t.text === 'by 22:10')?.zone, 'GMT');
  });

  it('holds the 2 a.m. count told for 6 a.m. against the 6 a.m. counts', () => {
    const files = { '001_wire.txt': wire, '002_blog.md': blog, 'draft_storm.md': draft('38,000') };
    const found = findingsIn(files, 'draft_storm.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '38,000 homes');
  });

  it('leaves the right count, and a far-off count no source tells at any moment, to the other rules', () => {
    const right = { '001_wire.txt': wire, '002_blog.md': blog, 'draft_storm.md': draft('2,900') };
    assert.deepEqual(findingsIn(right, 'draft_storm.md', 'figure-conflict'), []);
    const other = { '001_wire.txt': wire, '002_blog.md': blog, 'draft_storm.md': draft('31,000') };
    assert.deepEqual(findingsIn(other, 'draft_storm.md', 'figure-conflict'), []);
  });
});
