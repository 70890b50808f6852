// "11:45 GMT (13:45 in Paris)" where a source's table gives "| 11:45 | 12:45 |" under "Time (GMT)" and
// "Paris time", and its own "19:00 GMT (20:00 in Paris)" sets Paris an hour ahead: the draft's
// conversion is wrong, and held against the source that tells the moment on the Paris clock. A place
// whose clock follows the seasons is read on the offset the sources' own pairs give it. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('times: a wrong conversion to a place\'s clock', () => {
  const files = {
    '001_explainer.md': '# The ferry breakdown off Cascais\n\n*Updated Tuesday 3 December 2030, 19:00 GMT (20:00 in Paris)*\n\n| Time (GMT) | Paris time | Event |\n|---|---|---|\n| 09:10 | 10:10 | The ferry\'s engine fails |\n| 11:45 | 12:45 | Tugs reach the ferry |\n',
    '002_wire.txt': 'LISBON, Dec 3 (Iberwire) - Tugs reached the stricken ferry off Cascais at 11:45 GMT on Tuesday, the port authority said.',
    'draft.md': 'The ferry lost power off Cascais on Tuesday. Tugs reached it at 11:45 GMT (13:45 in Paris).',
  };
  it('flags the conversion, not the time the sources tell', () => {
    const found = findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text);
    assert.deepEqual(found, ['13:45 in Paris']);
  });
  it('leaves a right conversion alone', () => {
    const right = { ...files, 'draft.md': files['draft.md'].replace('13:45 in Paris', '12:45 in Paris') };
    assert.deepEqual(findingsIn(right, 'draft.md', 'time-conflict'), []);
  });
});
