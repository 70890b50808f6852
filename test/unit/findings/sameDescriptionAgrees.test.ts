// "backed by seven tanker planes and four helicopters" in two sources, "twelve tanker planes" in a third,
// and a draft's "They are supported by seven tanker planes": the draft's count has the very number and
// describing words ("tanker") of the two, in other words around it. A count told with the same describing
// words is held in conflict that way (sameDescription); it agrees in words that way too, so the draft is
// on the two's side of the sources' dispute and is flagged against the third. Invented text (round 53).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'TALLINN, July 14 (Baltic Wire) - The rescue board said 310 firefighters were on the fire line on Tuesday, 45 of them from Latvia, backed by seven tanker planes and four helicopters, the same aircraft that flew over the weekend.';
const release = 'RESCUE BOARD UPDATE\nTuesday, July 14, 2026\n\nThe board has deployed 310 firefighters, including 45 from Latvia. Seven tanker planes and four helicopters are assigned to the fire. Aircraft fly whenever visibility allows.';
const radio = 'RADIO KUKU EVENING NEWS\nTuesday, July 14, 2026\n\nREPORTER: In the air, there are twelve tanker planes and four helicopters working whenever the smoke lets them.';

const conflicts = (draft: string): string[] =>
  findingsIn({ '000_wire.txt': wire, '001_release.txt': release, '002_radio.txt': radio, 'draft.md': draft }, 'draft.md', 'figure-conflict').map((f) => f.text);

describe('figure findings: the same number told with the same describing words agrees in words', () => {
  it('puts the draft on the side of the sources that tell it, against the one that does not', () => {
    assert.deepEqual(conflicts('They are supported by seven tanker planes and four helicopters, and have cut firebreaks along the northern edge of the village to protect the school and the pumping station.'), ['seven tanker planes']);
  });

  it('not with other describing words', () => {
    assert.deepEqual(conflicts('They are supported by seven planes and four helicopters, and have cut firebreaks along the northern edge of the village to protect the school and the pumping station.'), []);
  });
});
