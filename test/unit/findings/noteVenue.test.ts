// An analyst's words "in a note to clients" (or "in a research note") reached no outlet: a draft that
// has them told to a newspaper credits them wrongly. A note and a statement are not held to each other.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const attributions = (files: Record<string, string>, path: string) => findingsIn(files, path, 'attribution-conflict');

const quote = '"Freight volumes will recover by spring, but the winter quarter will be the weakest in a decade,"';

describe('venues: a note to clients', () => {
  it('words from a note to clients told to a newspaper in the draft conflict', () => {
    const files = {
      '001_wire.txt': `${quote} Tomas Reyes, an analyst at Bridgeview Capital, said in a note to clients.`,
      'draft_freight.md': `${quote} Tomas Reyes, an analyst at Bridgeview Capital, told the Harbour Gazette.`,
    };
    const found = attributions(files, 'draft_freight.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
    assert.match(found[0].message, /in a note to clients/);
    const research = { ...files, '001_wire.txt': `${quote} Tomas Reyes, an analyst at Bridgeview Capital, wrote in a research note.` };
    assert.equal(attributions(research, 'draft_freight.md').length, 1);
  });

  it('a note and a statement, or two notes, do not conflict', () => {
    const files = {
      '001_wire.txt': `${quote} Tomas Reyes, an analyst at Bridgeview Capital, said in a note to clients.`,
      'draft_freight.md': `${quote} Tomas Reyes, an analyst at Bridgeview Capital, said in a statement.`,
    };
    assert.deepEqual(attributions(files, 'draft_freight.md'), []);
    assert.deepEqual(attributions({ ...files, 'draft_freight.md': `${quote} Tomas Reyes of Bridgeview Capital wrote in a note to investors.` }, 'draft_freight.md'), []);
  });
});
