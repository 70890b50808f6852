// A draft that repeats one side of a dispute the sources have about one moment ("the inquiry opened on
// 4 March 2024 and heard 41 witnesses" in two sources, 44 in a third) is held to the other side too,
// as the sources are held to each other (the project's convention).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (third: string) => ({
  '000_wire.txt': 'LISBURN, June 2 (Wirepost) - The public inquiry into the Marrow Street fire ended on Tuesday. It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days, its chair Helen Ardagh said.',
  '001_blog.md': '# Marrow Street inquiry ends\n\n**10:05** — The inquiry ends today. It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days.',
  '002_radio.txt': `MARROW STREET INQUIRY ENDS\n\nThe public inquiry into the Marrow Street fire ended on Tuesday. ${third}`,
  'draft.md': 'The public inquiry into the Marrow Street fire ended on Tuesday. It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days.',
});

describe('findings: a draft on one side of a dispute the sources have about one moment', () => {
  it('holds the draft to the odd source when the sources dispute the moment', () => {
    const set = files('It opened on 4 March 2024 and heard 44 witnesses over 30 sitting days.');
    assert.deepEqual(findingsIn(set, '002_radio.txt', 'figure-conflict').map((f) => f.text), ['44 witnesses']);
    assert.deepEqual(findingsIn(set, 'draft.md', 'figure-conflict').map((f) => f.text), ['41 witnesses']);
  });
  it('leaves the draft alone when every source agrees', () => {
    const set = files('It opened on 4 March 2024 and heard 41 witnesses over 30 sitting days.');
    assert.deepEqual(findingsIn(set, 'draft.md', 'figure-conflict').map((f) => f.text), []);
  });
});
