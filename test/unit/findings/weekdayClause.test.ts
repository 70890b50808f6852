// A toll told in another clause than the weekday ("Four people have died after the roof of the market
// hall fell in on Monday, trapping 12 shoppers") is not a snapshot of that weekday: the draft's weekday
// of the event itself is still held to the sources' weekday of it. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'DALMORE, May 6 (Northwire) - The roof collapse at the Dalmore covered market hall on Tuesday afternoon has left four people dead and two missing, police said.',
};

describe('time findings: a weekday and a toll in another clause', () => {
  it('flags a draft that puts the event on another weekday though it tells the toll too', () => {
    const files = { ...sources, 'draft_hall.md': 'Four people have died and two are missing after the roof of the Dalmore covered market hall collapsed on Monday afternoon, trapping 12 shoppers.' };
    const found = findingsIn(files, 'draft_hall.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_hall.md'].slice(found[0].span.start, found[0].span.end), 'Monday');
  });

  it('leaves a sentence that counts another day from its weekday ("a day after") alone', () => {
    const files = {
      '001_wire.txt': 'Shares in Dalmore Markets fell sharply on Wednesday, a day after the company said the roof of its covered market hall had collapsed and trapped 12 shoppers.',
      '002_paper.md': 'Dalmore Markets said on Tuesday that the roof of its covered market hall had collapsed and trapped 12 shoppers.',
    };
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'time-conflict'), []);
  });
});
