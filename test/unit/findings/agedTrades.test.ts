// "a 52-year-old plumber" and "a 57-year-old carpenter" are the ages of two people, however alike the
// sentences around them: ages told of two trades are never one age misreported. The same trade at
// another age still disagrees. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('figures: ages told of two trades are of two people', () => {
  const files = {
    '001_wire.txt': 'OLDMERE, June 9 (Wirepost) - A fire swept through a paint factory in Oldmere on Monday. A 52-year-old plumber who was pulled from the second floor died in hospital in the evening, the ambulance service said.',
    '002_blog.txt': 'Live: factory blaze in Oldmere\nMonday, 9 June 2027\n\n19:10\nA 52-year-old plumber who was carried from the second floor has died in hospital, the ambulance service says.',
    'draft.md': 'A fire swept through a paint factory in Oldmere on Monday. A 57-year-old carpenter who was pulled from the second floor is recovering in hospital.',
  };
  const ages = (set: Record<string, string>) => findingsIn(set, 'draft.md', 'figure-conflict').filter((c) => /year-old/.test(c.text));
  it('does not hold a draft\'s age of a carpenter against the sources\' age of a plumber', () => {
    assert.equal(ages(files).length, 0, JSON.stringify(ages(files)));
  });
  it('still holds another age of a plumber in like words', () => {
    const same = { ...files, 'draft.md': files['draft.md'].replace('carpenter', 'plumber') };
    assert.equal(ages(same).length, 1, JSON.stringify(ages(same)));
  });
});
