// "began at 2pm Eastern time, 8pm in Paris": a time on another clock joined to the one before by a
// comma or a slash alone is the same moment converted. It is compared where the first time is (so a
// wrong conversion conflicts with the sources), and, converted right, it is not flagged again.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'NEW YORK, June 3 (Wirepost) - The summit began at 2 p.m. EDT (1800 GMT) on Tuesday and ran for two hours, organisers said.';

const times = (draft: string) => findingsIn({ '001_wire.txt': wire, 'draft_summit.md': draft }, 'draft_summit.md', 'time-conflict').map((f) => f.text);

describe('time findings: a conversion joined by a comma', () => {
  it('a wrong conversion after a comma conflicts with the sources', () => {
    assert.deepEqual(times('The summit began at 2pm Eastern time, 9pm in Paris, on June 3 and ran for two hours.'), ['9pm in Paris']);
  });

  it('a right one does not', () => {
    assert.deepEqual(times('The summit began at 2pm Eastern time, 8pm in Paris, on June 3 and ran for two hours.'), []);
    assert.deepEqual(times('The summit began at 2pm Eastern time / 8pm in Paris on June 3 and ran for two hours.'), []);
  });
});
