// "Five hikers were taken to Carrow General" against the sources' "Two people were taken to Carrow
// General" and "two walkers were treated there": walkers, hikers and climbers are people, counted as
// one crowd as residents and passengers' "people" are. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (draft: string): Record<string, string> => ({
  '001_wire.txt': 'ASKETT, Jan. 9 (Northwire) - Two people were taken to Carrow General Hospital with hypothermia after the storm, the mountain rescue team said.',
  '002_release.txt': 'Two walkers were taken to Carrow General Hospital. Both are in a stable condition.',
  '003_blog.md': '# Storm on the ridge\n\n**22:10** Two climbers have been taken to Carrow General Hospital, we are told.',
  'draft_storm.md': draft,
});

describe('figures: walkers, hikers and climbers are people', () => {
  it('holds a count of hikers against the sources\' count of people and walkers', () => {
    const found = findingsIn(files('Five hikers were taken to Carrow General Hospital with hypothermia.'), 'draft_storm.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'Five hikers');
  });

  it('agrees with the same count in another word', () => {
    assert.deepEqual(findingsIn(files('Two hikers were taken to Carrow General Hospital with hypothermia.'), 'draft_storm.md', 'figure-conflict'), []);
  });
});
