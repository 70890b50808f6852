// "22:15: after a long session, the two sides announce a deal (20:15 in New York)": a time on another
// clock in brackets at the end of the clause, at the same instant, is the first time converted for
// readers elsewhere. A disagreement is held on the story's own time, once, not again on its
// conversion; nor on a wire's GMT beside its local time ("22:45 on Thursday (01:45 GMT on Friday)"),
// which crosses midnight with its weekday. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('times: a conversion at the end of a clause', () => {
  const files = {
    '001_wire.txt': 'SANTIAGO, Dec 13 (Andeswire) - Copper miners at the Cerro Alto pit voted on Friday to accept a pay deal. The deal, announced at 22:45 on Thursday (01:45 GMT on Friday) after a day of talks at the regional labour office, gives workers a 6.1% raise.',
    '002_explainer.md': '# The Cerro Alto deal in numbers\n\n*Updated Friday 13 December 2030, 18:00 CLST*\n\n## Timeline\n\n- **Wednesday 11 December, 07:00 CLST:** miners walk out.\n- **Thursday 12 December, 22:15:** after a long session at the labour office, the union and the company announce a deal (20:15 in New York).\n- **Friday 13 December:** members vote to accept it.\n',
    'draft.md': 'Copper miners at the Cerro Alto pit voted on Friday to accept a pay deal with a 6.1% raise.',
  };
  it('flags the explainer\'s own time, not its conversion for New York', () => {
    const found = findingsIn(files, '002_explainer.md', 'time-conflict').map((f) => f.text);
    assert.deepEqual(found, ['22:15']);
  });
  it('flags the wire\'s local time, not its GMT on the next day', () => {
    const found = findingsIn(files, '001_wire.txt', 'time-conflict').map((f) => f.text);
    assert.deepEqual(found, ['22:45']);
  });
});
