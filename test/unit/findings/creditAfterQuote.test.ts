// "“…,” said Mara Velde": when a quotation is credited to someone else than the other article says,
// the name right after it is the part in dispute, so the finding runs on through that name; so does a
// name told before it in the same sentence (speakerSquiggle.test.ts).
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('attribution findings: the credit right after a quotation', () => {
  const files = {
    '001_radio.txt': 'TRANSCRIPT: Harbour Hour, Selmouth Radio, Saturday.\n\nSpeakers: Tomas Hale, pier owner; Jo Penn, presenter.\n\nJO PENN: What went wrong on the pier?\n\nTOMAS HALE: The old timbers simply gave way under the crowd. Nobody could have seen it coming.\n',
    '002_paper.md': '# Pier collapse\n\nThe pier at Selmouth gave way on Saturday.\n\n“The old timbers simply gave way under the crowd,” said Mara Velde, the harbour engineer.\n',
    '003_wire.txt': 'SELMOUTH, June 7 (Coastwire) - Mara Velde, the harbour engineer, said: "The old timbers simply gave way under the crowd."\n',
  };

  it('marks the quotation and the name after it', () => {
    const found = findingsIn(files, '002_paper.md', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, '“The old timbers simply gave way under the crowd,” said Mara Velde');
  });

  it('takes in the name before it in the same sentence', () => {
    const found = findingsIn(files, '003_wire.txt', 'attribution-conflict');
    assert.equal(found.length, 1);
    assert.equal(found[0].text, 'Mara Velde, the harbour engineer, said: "The old timbers simply gave way under the crowd."');
  });
});
