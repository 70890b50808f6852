// "In all, 43 residents addressed councillors" / "Forty-one members of the public addressed the
// meeting": a count of people or things told as done, in sources of one day and in like words, is one
// tally; a count still running, a snapshot of a moment, or one of another day is not held to it.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a count told as done, between sources', () => {
  const pad = ' The hearing ran late into the evening. The vote on the plan is due next month. Officials said the papers would be published online.';
  const files = {
    '000_paper.txt': 'Published June 9, 2027\n\nForty-one members of the public addressed the planning committee during the open session.' + pad,
    '001_wire.txt': 'Published June 9, 2027\n\nIn all, 44 residents addressed the planning committee during the open session, many of them parents.' + pad,
  };

  it('two sources of one day that tell the finished tally in like words disagree', () => {
    const found = figureConflicts(files, '001_wire.txt');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.deepEqual(found[0].against.map((e) => e.label), ['000']);
    assert.equal(figureConflicts(files, '000_paper.txt').length, 1);
  });

  it('a count still running, a snapshot of a moment, or of another day is not held to it', () => {
    const running = { ...files, '001_wire.txt': 'Published June 9, 2027\n\nSo far 44 residents have addressed the planning committee during the open session.' + pad };
    assert.deepEqual(figureConflicts(running, '001_wire.txt'), []);
    const snapshot = { ...files, '001_wire.txt': 'Published June 9, 2027\n\nBy the break, 44 residents addressed the planning committee during the open session.' + pad };
    assert.deepEqual(figureConflicts(snapshot, '001_wire.txt'), []);
    const perfect = { ...files, '001_wire.txt': 'Published June 9, 2027\n\nIn all, 44 residents had addressed the planning committee during the open session.' + pad };
    assert.deepEqual(figureConflicts(perfect, '001_wire.txt'), []);
    const clock = { ...files, '001_wire.txt': 'Published June 9, 2027\n\nAt 9 p.m. ET, 44 residents addressed the planning committee during the open session.' + pad };
    assert.deepEqual(figureConflicts(clock, '001_wire.txt'), []);
    const otherDay = { ...files, '001_wire.txt': 'Published June 10, 2027\n\nIn all, 44 residents addressed the planning committee during the open session.' + pad };
    assert.deepEqual(figureConflicts(otherDay, '001_wire.txt'), []);
  });

  it('counts of two different things, or in unlike words, are not held together', () => {
    const unlike = { ...files, '001_wire.txt': 'Published June 9, 2027\n\nSome 44 residents signed a petition against the plan, which was handed in at the town hall.' + pad };
    assert.deepEqual(figureConflicts(unlike, '001_wire.txt'), []);
    // A part and its whole: the tally of those who spoke against it is another count.
    const part = { ...files, '001_wire.txt': 'Published June 9, 2027\n\nOf those, 29 residents addressed the planning committee against the plan during the open session.' + pad };
    assert.deepEqual(figureConflicts(part, '001_wire.txt'), []);
  });
});
