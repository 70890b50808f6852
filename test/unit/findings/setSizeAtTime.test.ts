// "… the chief told reporters at the town hall, the largest of four centres, around 9 p.m." / "At the
// peak, about 11:30 p.m., 2,600 people were in the four centres": how many things a set holds ("the
// largest of four centres") is true at every moment, as an age is, and does not make the time beside it
// the other article's moment. The count of people, a reading, still does. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'BRIGHAM, Oct 3 - "We will keep the doors open all night," fire chief Lorna Essien told reporters at the town hall, the largest of four centres, around 9 p.m.';
const radio = 'At the peak, about 11:30 p.m., 2,600 people were in the four centres, the council said.';

describe('times: the size of a set is no reading of a moment', () => {
  it('does not hold "around 9 p.m." against a peak at 11:30 p.m. for "four centres" told beside both', () => {
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '003_radio.txt': radio }, '000_wire.txt', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '000_wire.txt': wire, '003_radio.txt': radio }, '003_radio.txt', 'time-conflict'), []);
  });

  it('still holds a count told as a reading at each time', () => {
    const other = 'BRIGHAM, Oct 3 - The council said 2,600 people were in the four centres at 9 p.m.';
    assert.equal(findingsIn({ '000_wire.txt': other, '003_radio.txt': radio }, '000_wire.txt', 'time-conflict').length, 1);
  });
});
