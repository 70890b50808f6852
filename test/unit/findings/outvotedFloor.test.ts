// "At least eleven pumps failed during the storm" against "eight pumps failed during the storm" told by
// three other sources of the same day: a floor above an exact count that two or more sources tell alike,
// while no other source tells the floor's number, is held to them; a floor some source backs, one of
// another day or one only a single source disputes is not.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a floor outvoted by the other sources', () => {
  const pad = ' Engineers from the water board were on site through the night. Residents were asked to avoid the towpath.';
  const files = {
    '000_courier.txt': 'Canal pumps fail in storm\n\nPublished October 2, 2027\n\nAt least eleven pumps failed along the Marrin canal during the storm, according to a Courier tally of board figures.' + pad,
    '001_board.md': 'Canal pumps fail in storm\n\nPublished October 2, 2027\n\nThe water board says eight pumps failed along the Marrin canal during the storm.' + pad,
    '002_wire.txt': 'Canal pumps fail in storm\n\nPublished October 2, 2027\n\nEight pumps on the Marrin canal failed during the storm, the board said in a statement.' + pad,
    '003_radio.txt': 'Canal pumps fail in storm\n\nPublished October 2, 2027\n\nThe board confirmed that eight pumps failed during the storm on the Marrin canal.' + pad,
  };

  it('the lone floor and the sources it disagrees with are held to each other', () => {
    const exact = figureConflicts(files, '001_board.md');
    assert.equal(exact.length, 1, JSON.stringify(exact));
    assert.deepEqual(exact[0].against.map((e) => e.label), ['000']);
    const floor = figureConflicts(files, '000_courier.txt');
    assert.equal(floor.length, 1, JSON.stringify(floor));
    assert.deepEqual(floor[0].against.map((e) => e.label).sort(), ['001', '002', '003']);
  });

  it('not when another source backs the floor, the sources are of another day, or only one disputes it', () => {
    const backed = { ...files, '003_radio.txt': 'Canal pumps fail in storm\n\nPublished October 2, 2027\n\nThe board confirmed that eleven pumps failed during the storm on the Marrin canal.' + pad };
    assert.deepEqual(figureConflicts(backed, '000_courier.txt'), []);
    const later = { ...files, '000_courier.txt': files['000_courier.txt'].replace('October 2', 'October 3') };
    assert.deepEqual(figureConflicts(later, '000_courier.txt'), []);
    const { ['002_wire.txt']: _a, ['003_radio.txt']: _b, ...two } = files;
    assert.deepEqual(figureConflicts(two, '000_courier.txt'), []);
  });
});
