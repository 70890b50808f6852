// A draft's "which can take 500 people" is one shelter's capacity: held against that shelter's
// "– capacity 300" in a listing, not against the total "room for 900 people" of all shelters, and not
// called unsourced. "people" is the capacity's noun, no describing word that ties it to the total.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_release.txt': [
    'COUNTY EMERGENCY MANAGEMENT',
    '',
    'Shelters are open in Dunmore and Arnley.',
    '',
    '  • Riverside Leisure Centre, 14 Kestrel Road, Dunmore – capacity 300. Pets in carriers accepted.',
    '  • St Aidan\'s School hall, 2 Mill Lane, Dunmore – capacity 350.',
    '  • Quay Street Church, Arnley – capacity 250, run by parish volunteers.',
    '',
  ].join('\n'),
  '002_briefing.txt': 'COORDINATOR: We have three shelters open with room for 900 people across the district. Please register at any of them.',
};

describe('findings: one shelter\'s capacity against a listing', () => {
  it('holds the draft\'s capacity of one shelter against that shelter\'s, not the total', () => {
    const draft = { ...files, 'draft_floods.md': 'Three shelters are open with 900 beds between them: the Riverside Leisure Centre in Dunmore, which can take 500 people; St Aidan\'s School hall; and Quay Street Church in Arnley.' };
    const found = findingsIn(draft, 'draft_floods.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '500 people');
    assert.deepEqual(found[0].against.map((e) => [e.label, e.text]), [['001', '300']]);
    assert.deepEqual(findingsIn(draft, 'draft_floods.md', 'unsourced-claim').filter((f) => f.text.includes('500')), []);
  });

  it('leaves a draft that gives the shelter\'s own capacity alone', () => {
    const draft = { ...files, 'draft_floods.md': 'Three shelters are open with 900 beds between them: the Riverside Leisure Centre in Dunmore, which can take 300 people; St Aidan\'s School hall; and Quay Street Church in Arnley.' };
    assert.deepEqual(findingsIn(draft, 'draft_floods.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(draft, 'draft_floods.md', 'unsourced-claim').filter((f) => f.text.includes('300')), []);
  });
});
