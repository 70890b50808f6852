// Two actions told beside two times are two moments, however many words their clauses share (the
// party's name): "the operator said a leak was found at 2:40" / "At 6:40 the operator stopped
// loading". And a name set off by commas between a time and its verb is an aside, as it is before
// the time. Invented text.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from './review';
import { actionGroupsIn } from '../../../server/src/analysis/alignment/events';

describe('times: other actions, and an aside after the time', () => {
  it('reads the verb after a time past a name set off by commas', () => {
    assert.deepEqual(eventKeysAt('At 6:40 a.m. (10:40 GMT) the port operator, Terminales Maritimas del Sur (TMS), suspended loading of tankers.', '6:40 a.m.'),
      ['~halt:load', '~halt:tanker']);
  });

  it('does not hold a time of one action against a time of another told with the same names', () => {
    const files = {
      '001_wire.txt': 'PUERTO ALDEA, May 4 (Coastwire) - The port operator, Terminales Maritimas del Sur (TMS), said a leak was detected at 3:40 a.m. local time (0740 GMT) on the 2.1-kilometre loading arm that carries crude from the tank farm to the berths.',
      '002_paper.txt': 'El Puerto Hoy\n\nAt 6:40 a.m. the operator suspended loading of tankers after the leak, TMS said.',
      'draft.md': 'At 6:40 a.m. (10:40 GMT) the port operator, Terminales Maritimas del Sur (TMS), suspended loading of tankers.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text), []);
  });

  it('a collapse told in a sentence whose nearest verb is another action still links to a collapse', () => {
    const files = {
      '001_wire.txt': 'KENDAL, Jul 9 (Fellwire) - The cyclist, 52, collapsed near the summit of the pass at about 10:20 a.m., organisers said. He was flown to Westmorland General Hospital, where he died shortly after 1 p.m.',
      '002_paper.txt': 'Lakes Herald\n\nThe rider collapsed near the summit of the pass just after 10:20 a.m. on Sunday, organisers said.',
      'draft.md': 'The cyclist collapsed near the summit of the pass at about 10:20 a.m. and was pronounced dead at Westmorland General Hospital.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text), []);
    const plain = 'The rider collapsed at 10:20 and was pronounced dead later.';
    assert.deepEqual([...actionGroupsIn(plain, 0, plain.length)].sort(), ['~collapse', '~pronounce']);
  });
});
