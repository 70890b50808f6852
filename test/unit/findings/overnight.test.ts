// A draft's night told by its weekday ("in the early hours of Wednesday") against a source that
// tells the same event "overnight" in a report of Tuesday ("…, the fire service said on Tuesday"):
// overnight in a report of Tuesday is late on Monday or early on Tuesday, never Wednesday.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = (tail: string) => `KELVERN, March 3 (Northwire) - One woman died and nine people were taken to hospital after fire tore through two floors of a riverside warehouse block in the town of Kelvern overnight, ${tail}.`;
const told = wire('the fire service said on Tuesday');
const draft = (when: string) => `A woman has died and dozens of people have been left homeless after a fire swept through two floors of a riverside warehouse block in Kelvern ${when}.`;

describe('time findings: a night held to a source\'s "overnight"', () => {
  it('flags a night no report of that day can mean', () => {
    const files = { '001_wire.txt': told, 'draft_kelvern.md': draft('in the early hours of Wednesday') };
    const found = findingsIn(files, 'draft_kelvern.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_kelvern.md'].slice(found[0].span.start, found[0].span.end), 'Wednesday');
    assert.equal(found[0].against[0].text, 'overnight, the fire service said on Tuesday');
  });

  it('leaves the night into the report\'s day alone, either side of midnight', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': told, 'draft_kelvern.md': draft('in the early hours of Tuesday') }, 'draft_kelvern.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '001_wire.txt': told, 'draft_kelvern.md': draft('late on Monday') }, 'draft_kelvern.md', 'time-conflict'), []);
  });

  it('leaves a day not told as a night, and a day told from another', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': told, 'draft_kelvern.md': draft('on Wednesday') }, 'draft_kelvern.md', 'time-conflict'), []);
    const after = 'A woman has died after a second fire swept through two floors of a riverside warehouse block in Kelvern in the early hours of Thursday, a day after the first blaze.';
    assert.deepEqual(findingsIn({ '001_wire.txt': told, 'draft_kelvern.md': after }, 'draft_kelvern.md', 'time-conflict'), []);
  });

  it('leaves a state that lasts overnight', () => {
    const stayed = 'KELVERN, March 3 (Northwire) - Nine people remained in hospital overnight after fire tore through two floors of a riverside warehouse block in the town of Kelvern, the fire service said on Tuesday.';
    assert.deepEqual(findingsIn({ '001_wire.txt': stayed, 'draft_kelvern.md': 'Nine people were taken to hospital after fire tore through two floors of a riverside warehouse block in Kelvern in the early hours of Wednesday.' }, 'draft_kelvern.md', 'time-conflict'), []);
  });

  it('never holds a source to another source this way', () => {
    assert.deepEqual(findingsIn({ '001_wire.txt': told, '002_paper.txt': draft('in the early hours of Wednesday') }, '002_paper.txt', 'time-conflict'), []);
  });
});
