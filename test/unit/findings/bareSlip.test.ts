// "put the population at 2,417,690" where the sources say 2,471,690: a draft's count with no noun
// (so of no class) whose neighbouring digits swapped give a source's count in like words.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a bare count with two digits swapped', () => {
  const files = {
    '001_agency.txt': 'Published May 3, 2027\n\nThe regional register put the resident population of the valley at 2,471,690 at the end of March.',
    '002_paper.txt': 'Published May 3, 2027\n\nThe valley now has a resident population of 2,471,690, the register said. Its harbour handled 38,520 containers.',
  };

  it("a draft's bare count with swapped digits is held to the sources' count in like words", () => {
    const draft = 'The register put the resident population of the valley at 2,417,690 at the end of March.';
    const found = figureConflicts({ ...files, 'draft_valley.md': draft }, 'draft_valley.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '2,417,690');
    assert.deepEqual(found[0].against.map((e) => e.label).sort(), ['001', '002']);
  });

  it('the number a source states, or swapped digits in unlike words, are not flagged', () => {
    assert.deepEqual(figureConflicts({ ...files, 'draft_valley.md': 'The register put the resident population of the valley at 2,471,690.' }, 'draft_valley.md'), []);
    assert.deepEqual(figureConflicts({ ...files, 'draft_valley.md': 'Ticket sales for the autumn festival reached 2,417,690 by Friday.' }, 'draft_valley.md'), []);
  });

  // "a majority of 384" where the sources say 348: three digits, as the swapped-digits rule for
  // classed figures takes ("three significant digits or more").
  const ward = {
    '001_paper.txt': 'Published March 6, 2027\n\nThe seat fell vacant when Councillor Ines Farrow stood down. Farrow held the ward with a majority of 348 in May 2023.',
    '002_wire.txt': 'Published March 6, 2027\n\nFarrow, who stood down in January, won the ward by a majority of 348 four years ago. About 6,200 people live there.',
  };

  it("a draft's three-digit bare count with swapped digits is held to the sources' count in like words", () => {
    const found = figureConflicts({ ...ward, 'draft_ward.md': 'Farrow won the ward with a majority of 384 in May 2023.' }, 'draft_ward.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '384');
  });

  it('a two-digit bare count, or three digits swapped in unlike words, is not', () => {
    const twoDigits = {
      '001_paper.txt': ward['001_paper.txt'].replace('348', '34'),
      '002_wire.txt': ward['002_wire.txt'].replace('348', '34'),
    };
    assert.deepEqual(figureConflicts({ ...twoDigits, 'draft_ward.md': 'Farrow won the ward with a majority of 43 in May 2023.' }, 'draft_ward.md'), []);
    assert.deepEqual(figureConflicts({ ...ward, 'draft_ward.md': 'The library lent 384 in its first week of opening.' }, 'draft_ward.md'), []);
  });
});
