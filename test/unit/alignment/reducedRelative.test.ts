// "The figure, published by the statistics office at 11:00 GMT, …": a past participle set off by a
// comma right after a noun acts on that noun (a relative clause without its "which was"), so the time
// is keyed on the noun, as "The figures were released at 10:00 GMT" is; "published" and "released"
// are one action. An action told after the time in an "after …" phrase is the moment the time is
// measured from, not the time's own.
import { strict as assert } from 'node:assert';
import { eventKeysAt, findingsIn } from '../findings/review';

describe('events: a participle after a noun and a comma; published / released', () => {
  it('keys the participle on the noun before the comma', () => {
    assert.deepEqual(eventKeysAt('The figure, published by the statistics office at 11:00 GMT, compares with 2021.', '11:00 GMT'), ['~publish:figur']);
    assert.deepEqual(eventKeysAt('The figures were released at 10:00 GMT on Tuesday.', '10:00 GMT'), ['~publish:figur']);
    assert.deepEqual(eventKeysAt('The verdict, announced at 4:05 p.m., was greeted with cheers.', '4:05 p.m.'), ['~pronounce:verdict']);
  });

  it('leaves a verb with an object of its own, a verb that is no participle, and a moment measured from', () => {
    assert.deepEqual(eventKeysAt('The office, which opened early, released the figures at 10:00 GMT.', '10:00 GMT'), ['~publish:figur']);
    assert.deepEqual(eventKeysAt('The minister, sent at 10:00 GMT to the border, spoke to troops.', '10:00 GMT'), []);
    assert.deepEqual(eventKeysAt('Some 1,900 people had joined by 1200 GMT, two hours after the result was announced.', '1200 GMT'), []);
  });

  it('holds a draft\'s release time to a source\'s publication of the same figures', () => {
    const source = 'VARNA, April 14 (Wirepost) - The figure, published by the statistics office at 11:00 GMT, compares with 1,203,942 people counted in 2021.';
    const other = 'Published 14 April 2031\n\nThe population figures were published at 11:00 GMT by the statistics office.';
    const conflicts = (draft: string) => findingsIn({ '001_wire.txt': source, '002_paper.md': other, 'draft.md': draft }, 'draft.md', 'time-conflict')
      .map((f) => [f.text, ...f.against.map((e) => e.label)]);
    assert.deepEqual(conflicts('The figures were released at 10:00 GMT after a morning-long media lock-up.'), [['10:00 GMT', '001', '002']]);
    assert.deepEqual(conflicts('The figures were released at 11:00 GMT after a morning-long media lock-up.'), []);
    // Another thing released at another time is another event.
    assert.deepEqual(conflicts('The detained driver was released at 10:00 GMT after questioning.'), []);
  });
});
