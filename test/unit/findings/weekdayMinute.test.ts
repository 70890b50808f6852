// The same minute on one clock told with different weekdays beside it ("0315 GMT on Saturday" /
// "0315 GMT Sunday") is a day in dispute, even where each article's day is only its dateline's; and a
// zone between a clock time and a weekday ("0315 GMT Sunday", "9 p.m. ET Friday") does not make the
// weekday part of a name ("Super Tuesday").
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from './review';

const timeConflicts = (files: Record<string, string>, path: string) => findingsIn(files, path, 'time-conflict');

const weekdays = (text: string) => analyzeArticle({ path: 'draft_x.md', text }).times.filter((t) => t.granularity === 'date').map((t) => t.weekday);

describe('times: weekdays beside one minute', () => {
  it('reads a weekday after a zone, not after a name', () => {
    assert.deepEqual(weekdays('The convoy leaves at 0315 GMT Sunday.'), [0]);
    assert.deepEqual(weekdays('The count ends at 9 p.m. ET Friday.'), [5]);
    assert.deepEqual(weekdays('Turnout was high on Super Tuesday.'), []);
  });

  it('a draft that puts the same minute on another weekday conflicts', () => {
    const wire = 'MARLOW, Sept 9 (Northwire) - The relief convoy for Eastfold is scheduled to leave the Marlow depot at 0315 GMT on Saturday.';
    const draft = (day: string) => `The relief convoy for Eastfold is scheduled to leave the Marlow depot at 11:15 p.m. EDT (0315 GMT ${day}).`;
    const found = timeConflicts({ '001_wire.txt': wire, 'draft_convoy.md': draft('Sunday') }, 'draft_convoy.md');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].against[0].label, '001');
    assert.deepEqual(timeConflicts({ '001_wire.txt': wire, 'draft_convoy.md': draft('Saturday') }, 'draft_convoy.md'), []);
  });
});
