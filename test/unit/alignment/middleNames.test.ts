// A full name told without its middle names ("Ana Ruiz" for "Ana Beltrán Ruiz") is one speaker, and
// "Dona"/"Madame" before a name is a title, not a given name: otherwise the same quotation credited to
// one person under two of her names is called an attribution conflict.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { SpeakerDirectory } from '../../../server/src/analysis/alignment/speakers';
import { findingsIn } from '../findings/review';

function directory(...texts: string[]): SpeakerDirectory {
  const d = new SpeakerDirectory();
  texts.forEach((text, i) => d.count(analyzeArticle({ path: `00${i}.txt`, text }), 1));
  return d;
}

describe('speakers: a name without its middle names', () => {
  it('gives "Tomás Ribeiro" and "Ribeiro" the key of the one longer name "Tomás Aguiar Ribeiro"', () => {
    const d = directory('Governor Tomás Aguiar Ribeiro said the bridge would reopen.', 'Governor Tomás Ribeiro said the bridge would reopen.');
    assert.equal(d.canonical('tomas ribeiro'), 'tomas aguiar ribeiro');
    assert.equal(d.canonical('ribeiro'), 'tomas aguiar ribeiro');
  });
  it('keeps names apart when the first names differ, or two longer names fit', () => {
    const d = directory('Governor Tomás Aguiar Ribeiro said so.', 'Mayor Paula Ribeiro said so.');
    assert.equal(d.canonical('paula ribeiro'), 'paula ribeiro');
    assert.equal(d.canonical('ribeiro'), 'ribeiro');
    const two = directory('Governor Tomás Aguiar Ribeiro said so.', 'Judge Tomás Lemos Ribeiro said so.');
    assert.equal(two.canonical('tomas ribeiro'), 'tomas ribeiro');
  });
  it('reports no attribution conflict for one quotation credited to one person under both names', () => {
    const files = {
      '001_wire.txt': 'BELÉM, May 4 (Wirepost) - Governor Tomás Aguiar Ribeiro opened the new ferry terminal on Monday. ' +
        '"This river is our main road," Ribeiro said.',
      '002_paper.txt': 'Governor Tomás Ribeiro opened the ferry terminal on Monday. "This river is our main road," said Tomás Ribeiro.',
      'draft.md': 'Governor Tomás Aguiar Ribeiro opened the ferry terminal on Monday.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'attribution-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'attribution-conflict').map((f) => f.text), []);
  });
  it('reads "Dona" before a name as a title', () => {
    const people = analyzeArticle({ path: 'a.txt', text: 'REPORTER: I met Dona Ilda Moraes at her door. She said the water came in at night.' }).people;
    assert.deepEqual(people.map((p) => p.key), ['ilda moraes']);
  });
});

describe('speakers: a Spanish-language name without its second surname', () => {
  it('gives "Rodrigo Salas" the key of the one longer name "Rodrigo Salas Quispe"', () => {
    const d = directory('Mayor Rodrigo Salas Quispe said the road would reopen.', 'Mayor Rodrigo Salas said the road would reopen.');
    assert.equal(d.canonical('rodrigo salas'), 'rodrigo salas quispe');
    assert.equal(d.canonical('salas'), 'rodrigo salas quispe');
  });
  it('does not take a middle given name for a surname, nor join two people who share a first surname', () => {
    const d = directory('Teacher Mary Ann Lowe said so.', 'Teacher Mary Ann said so.');
    assert.equal(d.canonical('mary ann'), 'mary ann');
    const two = directory('Mayor Rodrigo Salas Quispe said so.', 'Judge Rodrigo Salas Mamani said so.');
    assert.equal(two.canonical('rodrigo salas'), 'rodrigo salas');
  });
  it('reports no attribution conflict for one quotation credited under both names', () => {
    const files = {
      '001_wire.txt': 'AREQUIPA, Peru, June 2 (Wirepost) - Mayor Rodrigo Salas Quispe closed the old market on Tuesday. ' +
        '"Nobody will lose a stall," said Rodrigo Salas Quispe.',
      '002_paper.txt': 'Mayor Rodrigo Salas closed the old market on Tuesday. "Nobody will lose a stall," Rodrigo Salas said.',
      'draft.md': 'Mayor Rodrigo Salas Quispe closed the old market on Tuesday.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'attribution-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '002_paper.txt', 'attribution-conflict').map((f) => f.text), []);
  });
});
