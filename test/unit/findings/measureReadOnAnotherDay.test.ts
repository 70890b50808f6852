// A measure read at a clock time of a stated day ("As of 7:00 a.m. this morning, the burn covered 3,100
// hectares", a timeline's "- Wednesday, August 12, 7:00 a.m. EDT (11:00 UTC): The burn covers …") and one
// told at no time in a story of the day before ("now covers about 1,900 hectares" in Tuesday's blog) are
// readings of two days of something that grows, not one figure misreported. Invented text (round 53).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = [
  'LIVE: Harrow Lake fire', 'The Valley Ledger | Live coverage, Tuesday, August 11, 2026', '',
  '9:10 a.m.', 'The forestry service says the fire now covers 1,900 hectares, up from 700 hectares on Monday evening.', '',
].join('\n');

const release = [
  'NEWS RELEASE', 'Ministry of Natural Resources', '', 'Harrow Lake, Wednesday, August 12, 2026, 10:00 a.m. EDT', '',
  'Timeline of events', '',
  '- Monday, August 10, 6:00 p.m. EDT (22:00 UTC): A fire is reported near Harrow Lake.',
  '- Wednesday, August 12, 7:00 a.m. EDT (11:00 UTC): The fire covers 3,100 hectares.', '',
].join('\n');

const conflicts = (files: Record<string, string>): string[] =>
  Object.keys(files).flatMap((p) => findingsIn(files, p, 'figure-conflict').map((x) => `${p}: ${x.text}`));

describe('figure findings: a measure read at a clock time of another day than the other story\'s', () => {
  it('does not hold a timeline entry\'s reading against an untimed reading in the day before\'s story', () => {
    assert.deepEqual(conflicts({ '001_blog.txt': blog, '002_release.txt': release }), []);
  });

  it('nor a reading told "as of" a clock time of its own story\'s day', () => {
    const asOf = 'NEWS RELEASE\nMinistry of Natural Resources\n\nHarrow Lake, Wednesday, August 12, 2026, 10:00 a.m. EDT\n\nAs of 7:00 a.m. this morning, the fire covered an area of 3,100 hectares, according to the forestry service.';
    assert.deepEqual(conflicts({ '001_blog.txt': blog, '002_release.txt': asOf }), []);
  });

  it('still holds them when the entry is of the blog\'s own day', () => {
    const sameDay = release.replace('- Wednesday, August 12, 7:00 a.m. EDT (11:00 UTC)', '- Tuesday, August 11, 7:00 a.m. EDT (11:00 UTC)');
    assert.notDeepEqual(conflicts({ '001_blog.txt': blog, '002_release.txt': sameDay }), []);
  });
});
