// Ages in a list of named people each belong to the name right before them ("Channing Ncube, 33,
// Sipho Dlamini, 27, and Ebere Nwosu, 45"), even where the given name is not one the engine's list
// knows and nothing else makes the pair a person: an unclaimed age would be held against the next
// person's. Two ages told of the same written name are still held to each other. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { agedPerson } from '../../../server/src/analysis/alignment/ages';
import { findingsIn } from './review';

const wire = 'DURBAN, April 2 (Wirepost) - Three men were arrested at the harbour on Tuesday. ' +
  'Police named them as Channing Ncube, 33, Sipho Dlamini, 27, a South African national, and Ebere Nwosu, 45.\n';

const conflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict').map((f) => f.text);

describe('alignment: whose age a listed age is', () => {
  it('reads the capitalised pair before the age, given name known or not', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: wire });
    const age = (n: string) => agedPerson(a, a.figures.find((f) => f.text === n)!);
    assert.equal(age('33'), 'channing ncube');
    assert.equal(age('27'), 'sipho dlamini');
  });

  it('reads a title before a surname as the surname alone', () => {
    const a = analyzeArticle({ path: '001_wire.txt', text: 'Those held include Inspector Ndlovu, 52, of the port police.\n' });
    assert.equal(agedPerson(a, a.figures.find((f) => f.text === '52')!), 'ndlovu');
  });
});

describe('findings: ages in a list of named people', () => {
  it('a draft\'s age of one listed person is not held against another\'s', () => {
    const files = {
      '001_wire.txt': wire,
      'draft_harbour.md': '# Harbour arrests\n\nThree men were arrested at the harbour on Tuesday: Channing Ncube, 33, of Umlazi; ' +
        'Sipho Dlamini, 27, a South African national; and Ebere Nwosu, 45, of Lagos.\n',
    };
    assert.deepEqual(conflicts(files, 'draft_harbour.md'), []);
  });

  it('two ages of one written name still conflict', () => {
    const files = {
      '001_wire.txt': wire,
      'draft_harbour.md': '# Harbour arrests\n\nThree men were arrested at the harbour on Tuesday: Channing Ncube, 38, of Umlazi; ' +
        'Sipho Dlamini, 27, a South African national; and Ebere Nwosu, 45, of Lagos.\n',
    };
    assert.deepEqual(conflicts(files, 'draft_harbour.md'), ['38']);
  });
});
