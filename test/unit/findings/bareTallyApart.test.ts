// "That was double the 12,640 people the agency had counted at 8 a.m." / "The national agency, NEMA,
// counted 19,850 at noon": a bare count told exactly (no thing named beside it) and an exact count of a
// thing, both in the thousands and too far apart to be one crowd told loosely, are two tallies taken at
// two moments, as two counts of one named thing are; like words ("agency", "counted") do not make the
// two times one. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'By 5 p.m. on Thursday, 25,310 people were sleeping in 160 rest centres set up in churches, schools and leisure centres, ' +
  "according to the county's emergency management agency, Mercia Resilience. That was double the 12,640 people the agency had counted at 8 a.m.";
const explainer = [
  '# Explainer: Why one night of rain put nearly 26,000 people in rest centres',
  '',
  '*The Mercia Post · Explainer · 9 October 2025*',
  '',
  "- Mercia Resilience, the county's emergency agency, counted 12,640 people in rest centres at 8 a.m.",
  '- The national agency, NEMA, counted 19,850 at noon.',
  "- By 5 p.m. the county's figure had reached 25,310 in 160 rest centres, more than 14,000 of them in Lowbridge.",
].join('\n');

describe('times: a bare tally and a tally of people far apart are two readings', () => {
  it('does not hold "noon" (19,850) against "8 a.m." (12,640 people)', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '001_explainer.md': explainer }, '001_explainer.md', 'time-conflict'), []);
  });

  it('still links them when the bare count is within reach of the other (one crowd told loosely)', () => {
    const close = explainer.replace('counted 19,850 at noon', 'counted 13,100 at noon');
    assert.equal(findingsIn({ '000_wire.txt': wire, '001_explainer.md': close }, '001_explainer.md', 'time-conflict').length, 1);
  });
});
