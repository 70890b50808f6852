// "were inside for eight minutes" (three sources) / "spent only twelve minutes inside" (one): how long
// something lasted has one value, so the one source that tells it otherwise, in words like theirs, is
// held to them; a span of something else, or one a third source also tells, is not.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const figureConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'figure-conflict');

describe('figure findings: a duration outvoted by the other sources', () => {
  const pad = ' Police in Vestrum have appealed for witnesses. The jeweller said it would reopen next week.';
  const files = {
    '000_herald.txt': 'Published May 12, 2027\n\nThe robbers broke in through a skylight at the Kessel jewellers. They were inside for eight minutes, police said.' + pad,
    '001_wire.txt': 'Published May 12, 2027\n\nThe gang forced a skylight at the Kessel jewellers and were inside for about eight minutes.' + pad,
    '002_radio.txt': 'Published May 12, 2027\n\nDetectives said the robbers were inside for eight minutes before fleeing on motorbikes.' + pad,
    '003_daily.md': 'Published May 12, 2027\n\nThe robbers spent only twelve minutes inside the Kessel jewellers and took rings and watches.' + pad,
  };

  it('the lone duration and the sources it disagrees with are held to each other', () => {
    const lone = figureConflicts(files, '003_daily.md');
    assert.equal(lone.length, 1, JSON.stringify(lone));
    assert.deepEqual(lone[0].against.map((e) => e.label).sort(), ['000', '001', '002']);
    assert.equal(figureConflicts(files, '000_herald.txt').length, 1);
  });

  it('not when a third source tells the lone number too, or only one other source tells the rest', () => {
    const split = { ...files, '002_radio.txt': 'Published May 12, 2027\n\nDetectives said the robbers were inside for twelve minutes before fleeing on motorbikes.' + pad };
    assert.deepEqual(figureConflicts(split, '003_daily.md'), []);
    const { ['002_radio.txt']: _dropped, ...three } = files;
    assert.deepEqual(figureConflicts(three, '003_daily.md'), []);
  });

  it('not a span of something else that shares a word or two', () => {
    const other = { ...files, '003_daily.md': 'Published May 12, 2027\n\nThe Kessel jewellers, run by the same family for twelve years, was robbed through a skylight by a gang inside the shop.' + pad };
    assert.deepEqual(figureConflicts(other, '003_daily.md'), []);
  });
});
