// "Twenty-six cottages" / "Thirty-two cottages": a number in words joined by a hyphen is the number,
// not a word that says which cottages, so two such counts of one moment are one count in dispute;
// words that do say the kind ("holiday cottages" / "farm cottages") still keep two counts apart.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: numbers in words are no describing words', () => {
  const pad = ' Council officers opened the sports hall at Brinton as a rest centre. A further update is expected in the morning.';
  const files = {
    '000_gazette.txt': 'Published March 4, 2027\n\nTwenty-six cottages were evacuated on Tuesday after the river burst its banks at Pelham Ford.' + pad,
    '001_wire.txt': 'Published March 4, 2027\n\nThirty-two cottages were evacuated on Tuesday after the river burst its banks at Pelham Ford.' + pad,
  };

  it('two hyphened numbers in words of one moment are held to each other', () => {
    const found = figureConflicts(files, '001_wire.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['000']);
    assert.equal(figureConflicts(files, '000_gazette.txt').length, 1);
  });

  it('words that say which kind still keep two counts apart', () => {
    const kinds = {
      '000_gazette.txt': 'Published March 4, 2027\n\nTwenty-six holiday cottages were evacuated on Tuesday after the river burst its banks at Pelham Ford.' + pad,
      '001_wire.txt': 'Published March 4, 2027\n\nThirty-two farm cottages were evacuated on Tuesday after the river burst its banks at Pelham Ford.' + pad,
    };
    assert.deepEqual(figureConflicts(kinds, '001_wire.txt'), []);
    assert.deepEqual(figureConflicts(kinds, '000_gazette.txt'), []);
  });
});
