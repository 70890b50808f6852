// A day written out with another weekday beside it than the sources write ("Tuesday 8 June" /
// "Wednesday 8 June") is the day misreported; the same day with no weekday, or the same weekday, agrees.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const council = 'Friday 14 May 2027\n\nThe Wend Valley Post\n\nThe county will close the Keston ferry slipway for repairs from Tuesday 8 June 2027, the harbour board said on Thursday.';
const radio = 'Friday 14 May 2027\n\nHARBOUR BOARD: The Keston ferry slipway closes for repairs from Tuesday 8 June, and we expect the work to take six weeks.';
const draft = (day: string) => `The harbour board said the Keston ferry slipway would close for repairs from ${day}.`;

describe('time findings: a weekday written beside a day', () => {
  it('flags a day told with another weekday than the sources write', () => {
    const found = findingsIn({ '001_post.txt': council, '002_radio.txt': radio, 'draft.md': draft('Wednesday 8 June') }, 'draft.md', 'time-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Wednesday 8 June']);
  });

  it('leaves the same day with the same weekday, or none, alone', () => {
    const files = { '001_post.txt': council, '002_radio.txt': radio };
    assert.deepEqual(findingsIn({ ...files, 'draft.md': draft('Tuesday 8 June') }, 'draft.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ ...files, 'draft.md': draft('8 June') }, 'draft.md', 'time-conflict'), []);
  });
});
