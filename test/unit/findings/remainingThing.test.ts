// "pump the remaining fuel into the barge Solvik on Thursday": "remaining" after a determiner is what is left
// (an adjective), not a state that lasts over days ("remained closed on Thursday"), so the weekday is
// still one event's day and is held to the sources' weekday for that event.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'OBAN, March 3 (Wirepost) - Salvage crews expect to pump the remaining fuel from the trawler Marit Lund into the barge Solvik on Thursday, weather permitting, the coastguard said.';
const paper = 'Published 3 March 2031\n\nSalvors hope to begin pumping the remaining diesel from the Marit Lund into the barge Solvik on Thursday, weather permitting.';

const dayConflicts = (draft: string) =>
  findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, 'draft.md': draft }, 'draft.md', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: "the remaining …" is no lasting state', () => {
  it('"pump the remaining fuel … on Friday" disagrees with the sources\' Thursday', () => {
    assert.deepEqual(dayConflicts('Salvors hope to begin pumping the remaining fuel from the Marit Lund into the barge Solvik on Friday, weather permitting.'), [['Friday', '001', '002']]);
  });

  it('the same weekday agrees', () => {
    assert.deepEqual(dayConflicts('Salvors hope to begin pumping the remaining fuel from the Marit Lund into the barge Solvik on Thursday, weather permitting.'), []);
  });

  it('a state that lasts ("the remaining fuel was still aboard on Friday") is still not one event\'s day', () => {
    assert.deepEqual(dayConflicts('The remaining fuel from the Marit Lund was still aboard, not pumped into the barge Solvik, on Friday, weather permitting.'), []);
  });
});
